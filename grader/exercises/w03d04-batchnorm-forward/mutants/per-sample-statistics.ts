// mutant: normalises each sample over its channels (layer norm) instead of each channel over the batch
function batchNorm(
  x: Float32Array, shape: [number, number], gamma: Float32Array, beta: Float32Array,
  running: { mean: Float32Array; variance: Float32Array }, options: { training: boolean; momentum: number; epsilon: number },
): { y: Float32Array; mean: Float32Array; variance: Float32Array } {
  const [n, c] = shape;
  const { training, momentum, epsilon } = options;
  const mu = new Float32Array(c);
  const sigma2 = new Float32Array(c);
  if (training) {
    const m = new Float32Array(n), s = new Float32Array(n);
    for (let i = 0; i < n; i++) for (let k = 0; k < c; k++) m[i] += x[i * c + k] / c;
    for (let i = 0; i < n; i++) for (let k = 0; k < c; k++) s[i] += (x[i * c + k] - m[i]) ** 2 / c;
    for (let k = 0; k < c; k++) { for (let i = 0; i < n; i++) { mu[k] += m[i] / n; sigma2[k] += s[i] / n; } }
    const y0 = new Float32Array(n * c);
    for (let i = 0; i < n; i++) for (let k = 0; k < c; k++) y0[i * c + k] = (gamma[k] * (x[i * c + k] - m[i])) / Math.sqrt(s[i] + epsilon) + beta[k];
    const mean0 = running.mean.map((mm, k) => momentum * mm + (1 - momentum) * mu[k]);
    const variance0 = running.variance.map((v, k) => momentum * v + (1 - momentum) * sigma2[k]);
    return { y: y0, mean: mean0, variance: variance0 };
  } else {
    mu.set(running.mean);
    sigma2.set(running.variance);
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
