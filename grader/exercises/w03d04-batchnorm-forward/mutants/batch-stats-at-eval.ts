// mutant: uses the batch's own mean and variance at inference too (the running statistics are ignored)
function batchNorm(
  x: Float32Array, shape: [number, number], gamma: Float32Array, beta: Float32Array,
  running: { mean: Float32Array; variance: Float32Array }, options: { training: boolean; momentum: number; epsilon: number },
): { y: Float32Array; mean: Float32Array; variance: Float32Array } {
  const [n, c] = shape;
  const { training, momentum, epsilon } = options;
  const mu = new Float32Array(c);
  const sigma2 = new Float32Array(c);
  {
    for (let i = 0; i < n; i++) for (let k = 0; k < c; k++) mu[k] += x[i * c + k] / n;
    for (let i = 0; i < n; i++) for (let k = 0; k < c; k++) sigma2[k] += (x[i * c + k] - mu[k]) ** 2 / n;
  }
  const y = new Float32Array(n * c);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < c; k++) y[i * c + k] = (gamma[k] * (x[i * c + k] - mu[k])) / Math.sqrt(sigma2[k] + epsilon) + beta[k];
  }
  if (!training) return { y, mean: Float32Array.from(running.mean), variance: Float32Array.from(running.variance) };
  const mean = running.mean.map((m, k) => momentum * m + (1 - momentum) * mu[k]);
  const variance = running.variance.map((v, k) => momentum * v + (1 - momentum) * sigma2[k]);
  return { y, mean, variance };
}
