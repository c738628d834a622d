// mutant: exp(−x²/σ²) — forgets the 2 in 2σ², so the kernel is too narrow
function gaussianKernel(sigma: number): number[] {
  const r = Math.ceil(3 * sigma);
  const weights: number[] = [];
  for (let x = -r; x <= r; x++) weights.push(Math.exp(-(x * x) / (sigma * sigma)));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / sum);
}
