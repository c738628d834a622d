import { core } from "@cv-roadmap/lib";
import { closeArray, closeNumber, defineExercise, test } from "../../define";

// The functions given to numericGradient travel to the sandbox as their source (grader/README.md):
// each must be self-contained (no variables from this file).
type F = (x: Float64Array) => number;
type GradArgs = [F, Float64Array, number];
type ErrArgs = [number[], number[]];

/** CS231n's relative error: max over i of |a − b| / max(|a| + |b|, 1e-8). */
function relError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(Math.abs(a[i]!) + Math.abs(b[i]!), 1e-8));
  return worst;
}

function seeded(n: number, seed: number, scale = 1): Float64Array {
  const rng = core.seededRandom(seed);
  return Float64Array.from({ length: n }, () => scale * rng.normal());
}

export default defineExercise({
  id: "w03d02-grad-check",
  title: "Gradient checking: central differences and the relative error",
  points: 2,
  defines: ["numericGradient", "relativeError"],
  offLimits: { lib: ["nn.numericGradient"] },
  tests: [
    test({
      name: "f(a, b) = a² + 3b at (2, 5), h = 1e-4: gradient (4, 3)",
      points: 0.3,
      visibility: "visible",
      call: "numericGradient",
      input: (): GradArgs => [(x) => x[0]! * x[0]! + 3 * x[1]!, Float64Array.from([2, 5]), 1e-4],
      expected: () => [4, 3],
      compare: closeArray(1e-7),
      hint: "∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / (2h): change ONE coordinate, evaluate, put it back",
    }),
    test({
      name: "f(x) = Σ sin(xᵢ)·xᵢ₊₁ at 6 random points, h = 1e-4 (central differences are accurate to ~h²)",
      points: 0.3,
      visibility: "visible",
      call: "numericGradient",
      input: (): GradArgs => [(x) => { let s = 0; for (let i = 0; i + 1 < x.length; i++) s += Math.sin(x[i]!) * x[i + 1]!; return s; }, seeded(6, 3221), 1e-4],
      expected: (_f, x) => Array.from(x, (xi, i) => (i + 1 < x.length ? Math.cos(xi) * x[i + 1]! : 0) + (i > 0 ? Math.sin(x[i - 1]!) : 0)),
      compare: closeArray(1e-7),
      hint: "use the central difference, not (f(x + h) − f(x)) / h, whose error is ~h",
    }),
    test({
      name: "a function that couples the coordinates, f(x) = (x₀ + 2x₁ + 3x₂ + 4x₃)², h = 1e-4: x must be restored after each coordinate",
      points: 0.3,
      visibility: "hidden",
      call: "numericGradient",
      input: (): GradArgs => [(x) => (x[0]! + 2 * x[1]! + 3 * x[2]! + 4 * x[3]!) ** 2, Float64Array.from([0.5, -1, 2, 0.25]), 1e-4],
      expected: (_f, x) => {
        const s = x[0]! + 2 * x[1]! + 3 * x[2]! + 4 * x[3]!;
        return [2 * s, 4 * s, 6 * s, 8 * s];
      },
      compare: closeArray(1e-6),
    }),
    test({
      name: "f(x) = Σ xᵢ³ with a large step h = 0.1: central differences give exactly 3xᵢ² + h²",
      points: 0.25,
      visibility: "hidden",
      call: "numericGradient",
      input: (): GradArgs => [(x) => x.reduce((s, v) => s + v * v * v, 0), seeded(5, 3222), 0.1],
      expected: (_f, x, h) => Array.from(x, (v) => 3 * v * v + h * h),
      compare: closeArray(1e-9),
    }),
    test({
      name: "the softmax cross-entropy of 5 logits (label 2), h = 1e-5: gradient softmax − one-hot",
      points: 0.25,
      visibility: "hidden",
      call: "numericGradient",
      input: (): GradArgs => [
        (z) => { const m = Math.max(...z); let s = 0; for (const v of z) s += Math.exp(v - m); return m + Math.log(s) - z[2]!; },
        seeded(5, 3223, 2),
        1e-5,
      ],
      expected: (_f, z) => {
        const m = Math.max(...z);
        const e = Array.from(z, (v) => Math.exp(v - m));
        const sum = e.reduce((a, b) => a + b, 0);
        return e.map((v, k) => v / sum - (k === 2 ? 1 : 0));
      },
      compare: closeArray(1e-8),
    }),
    test({
      name: "relative error of [1, 2] and [1.1, 2]: 0.1 / 2.1",
      points: 0.2,
      visibility: "visible",
      call: "relativeError",
      input: (): ErrArgs => [[1, 2], [1.1, 2]],
      expected: relError,
      compare: closeNumber(1e-12),
      hint: "max over i of |aᵢ − bᵢ| / max(|aᵢ| + |bᵢ|, 1e-8)",
    }),
    test({
      name: "relative error with opposite signs and a pair of zeros: [0, −1, 3] vs [0, 1, 3] → 1",
      points: 0.2,
      visibility: "hidden",
      call: "relativeError",
      input: (): ErrArgs => [[0, -1, 3], [0, 1, 3]],
      expected: relError,
      compare: closeNumber(1e-12),
    }),
    test({
      name: "relative error of 50 gradients with one bad entry: the maximum, not the mean",
      points: 0.2,
      visibility: "hidden",
      call: "relativeError",
      input: (): ErrArgs => {
        const rng = core.seededRandom(3224);
        const a = Array.from({ length: 50 }, () => rng.normal());
        const b = a.map((v, i) => (i === 17 ? v + 0.5 : v * (1 + 1e-7 * rng.normal())));
        return [a, b];
      },
      expected: relError,
      compare: closeNumber(1e-12),
    }),
  ],
});
