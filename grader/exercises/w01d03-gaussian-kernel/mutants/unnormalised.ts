// mutant: unnormalised — returns exp(−x²/2σ²) without dividing by the sum (centre weight 1)
function gaussianKernel(sigma: number): number[] {
  const r = Math.ceil(3 * sigma);
  const weights: number[] = [];
  for (let x = -r; x <= r; x++) weights.push(Math.exp(-(x * x) / (2 * sigma * sigma)));
  return weights;
}
