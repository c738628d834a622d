// mutant: size 2·round(3σ)+1 instead of 2⌈3σ⌉+1 (too short when 3σ is not an integer)
function gaussianKernel(sigma: number): number[] {
  const r = Math.round(3 * sigma);
  const weights: number[] = [];
  for (let x = -r; x <= r; x++) weights.push(Math.exp(-(x * x) / (2 * sigma * sigma)));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / sum);
}
