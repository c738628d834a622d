// mutant: the second moment accumulates |g| instead of g²
function adamStep(
  params: Float32Array, grads: Float32Array, state: { m: Float32Array; v: Float32Array; t: number },
  options: { learningRate: number; beta1: number; beta2: number; epsilon: number },
): { params: Float32Array; m: Float32Array; v: Float32Array; t: number } {
  const { learningRate: lr, beta1, beta2, epsilon } = options;
  const t = state.t + 1;
  const m = state.m.map((mi, i) => beta1 * mi + (1 - beta1) * grads[i]);
  const v = state.v.map((vi, i) => beta2 * vi + (1 - beta2) * Math.abs(grads[i]));
  const out = params.map((p, i) => {
    const mHat = m[i] / (1 - beta1 ** t);
    const vHat = v[i] / (1 - beta2 ** t);
    return p - (lr * mHat) / (Math.sqrt(vHat) + epsilon);
  });
  return { params: out, m, v, t };
}
