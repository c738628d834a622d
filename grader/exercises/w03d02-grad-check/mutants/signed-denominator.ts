// mutant: divides by |a + b| instead of |a| + |b|: opposite signs blow the error up
function numericGradient(f: (x: Float64Array) => number, x: Float64Array, h: number): Float64Array {
  const grad = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const old = x[i];
    x[i] = old + h;
    const plus = f(x);
    x[i] = old - h;
    const minus = f(x);
    x[i] = old; // put it back before the next coordinate
    grad[i] = (plus - minus) / (2 * h);
  }
  return grad;
}

function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(Math.abs(a[i] + b[i]), 1e-8));
  }
  return worst;
}
