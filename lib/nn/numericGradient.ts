import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkNumber } from "../core/validate";

/** Options of {@link numericGradient}. */
export interface NumericGradientOptions {
  /**
   * Step h of the central difference. Too large: the O(h²) truncation error shows; too small: the
   * round-off of f's arithmetic (≈ ε·|f| / h) takes over. 1e-5 suits float64 functions of size ≈ 1;
   * use ≈ 1e-2 for float32 ones (e.g. TensorFlow.js tensors).
   * @default 1e-5
   */
  h?: number;
}

/**
 * Estimate the gradient of a scalar function by central differences,
 * ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h, one coordinate at a time (2·n calls of `f`).
 * `f` receives one Float64Array that is changed in place between calls (copy it if you keep it);
 * `x` itself is never modified. This is how one checks a hand-written backward pass.
 * @example const g = nn.numericGradient((v) => v[0] * v[0] + 3 * v[1], [2, 5]); // ≈ [4, 3]
 * @see CS231n notes, "Gradient checks" (https://cs231n.github.io/neural-networks-3/#gradcheck); w03/d02.
 */
export function numericGradient(f: (x: Float64Array) => number, x: ArrayLike<number>, options: NumericGradientOptions = {}): Float64Array {
  const { h = 1e-5 } = options;
  if (typeof f !== "function") throw new ArgumentTypeError("f", `expected a function (x: Float64Array) => number, got ${describeValue(f)}`);
  if (typeof x !== "object" || x === null || typeof (x as { length?: unknown }).length !== "number") {
    throw new ArgumentTypeError("x", `expected an array or typed array of numbers, got ${describeValue(x)}`);
  }
  checkNumber(h, "options.h", { min: 0, exclusiveMin: true });
  const n = x.length;
  const point = Float64Array.from(x);
  for (let i = 0; i < n; i++) checkNumber(point[i], `x[${i}]`);
  const grad = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const xi = point[i]!;
    point[i] = xi + h;
    const plus = f(point);
    point[i] = xi - h;
    const minus = f(point);
    point[i] = xi;
    grad[i] = (plus - minus) / (2 * h);
  }
  return grad;
}
