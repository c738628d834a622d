// mutant: normalised with the continuous constant 1/(σ√2π) instead of the sum of the truncated, sampled weights
function gaussianKernel(sigma: number): number[] {
  const r = Math.ceil(3 * sigma);
  const weights: number[] = [];
  for (let x = -r; x <= r; x++) weights.push(Math.exp(-(x * x) / (2 * sigma * sigma)) / (sigma * Math.sqrt(2 * Math.PI)));
  return weights;
}
