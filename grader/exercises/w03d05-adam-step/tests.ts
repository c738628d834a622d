import { nn } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";
import type { Comparator } from "../../types";

type State = { m: Float32Array; v: Float32Array; t: number };
type Options = { learningRate: number; beta1: number; beta2: number; epsilon: number };
type Result = { params: Float32Array; m: Float32Array; v: Float32Array; t: number };
type Args = [Float32Array, Float32Array, State, Options];

/** Internals of tf.train.adam (TensorFlow.js 4.22) read in the trusted process: its moment estimates. */
interface AdamInternals {
  accumulatedFirstMoment: { variable: { dataSync(): Float32Array } }[];
  accumulatedSecondMoment: { variable: { dataSync(): Float32Array } }[];
}

/**
 * The reference: tf.train.adam itself. Runs `steps` updates on f(θ) = ½ Σ aᵢθᵢ² (gradient a ⊙ θ)
 * from θ₀ and records (θ, m, v) before every step; entry k is the state after k steps.
 */
function tfAdamTrajectory(theta0: number[], a: number[], steps: number, o: Options): { params: Float32Array; grads: Float32Array; m: Float32Array; v: Float32Array }[] {
  const tf = nn.tf();
  const theta = tf.variable(tf.tensor1d(theta0));
  const opt = tf.train.adam(o.learningRate, o.beta1, o.beta2, o.epsilon);
  const internals = opt as unknown as AdamInternals;
  const out: { params: Float32Array; grads: Float32Array; m: Float32Array; v: Float32Array }[] = [];
  const n = theta0.length;
  for (let k = 0; k <= steps; k++) {
    const params = Float32Array.from(theta.dataSync());
    const grads = Float32Array.from(params, (p, i) => p * a[i]!);
    const m = k === 0 ? new Float32Array(n) : Float32Array.from(internals.accumulatedFirstMoment[0]!.variable.dataSync());
    const v = k === 0 ? new Float32Array(n) : Float32Array.from(internals.accumulatedSecondMoment[0]!.variable.dataSync());
    out.push({ params, grads, m, v });
    if (k < steps) tf.tidy(() => opt.applyGradients([{ name: theta.name, tensor: tf.tensor1d(grads) }]));
  }
  opt.dispose();
  theta.dispose();
  return out;
}

/** Test arguments: the state tf.train.adam reached after `k` steps, and the gradient of step k + 1. */
function atStep(theta0: number[], a: number[], k: number, o: Options): Args {
  const s = tfAdamTrajectory(theta0, a, k, o)[k]!;
  return [s.params, s.grads, { m: s.m, v: s.v, t: k }, o];
}

/** What tf.train.adam holds after one more step from the given state (replayed from θ₀, hence `expectedAfter`). */
function expectedAfter(theta0: number[], a: number[], k: number, o: Options): Result {
  const s = tfAdamTrajectory(theta0, a, k + 1, o)[k + 1]!;
  return { params: s.params, m: s.m, v: s.v, t: k + 1 };
}

/** One step from zeros with arbitrary gradients, straight through tf.train.adam. */
function tfFirstStep(params: Float32Array, grads: Float32Array, _state: State, o: Options): Result {
  const tf = nn.tf();
  const theta = tf.variable(tf.tensor1d(params));
  const opt = tf.train.adam(o.learningRate, o.beta1, o.beta2, o.epsilon);
  tf.tidy(() => opt.applyGradients([{ name: theta.name, tensor: tf.tensor1d(grads) }]));
  const internals = opt as unknown as AdamInternals;
  const result = {
    params: Float32Array.from(theta.dataSync()),
    m: Float32Array.from(internals.accumulatedFirstMoment[0]!.variable.dataSync()),
    v: Float32Array.from(internals.accumulatedSecondMoment[0]!.variable.dataSync()),
    t: 1,
  };
  opt.dispose();
  theta.dispose();
  return result;
}

/** params, m, v within a relative tolerance, and t exact. */
function closeAdam(tol: number): Comparator {
  return (actual, expected) => {
    const e = expected as Result;
    const a = actual as Partial<Result> | null;
    if (typeof a !== "object" || a === null) return { pass: false, message: "expected an object {params, m, v, t}" };
    if (a.t !== e.t) return { pass: false, message: `t: got ${a.t}, expected ${e.t} (count this step: t + 1)` };
    for (const key of ["m", "v", "params"] as const) {
      const got = a[key] as ArrayLike<number> | undefined;
      if (!got || typeof got.length !== "number" || got.length !== e[key].length) return { pass: false, message: `${key}: expected ${e[key].length} numbers` };
      for (let i = 0; i < got.length; i++) {
        if (!(Math.abs(got[i]! - e[key][i]!) <= tol * Math.max(1e-3, Math.abs(e[key][i]!)))) {
          return { pass: false, message: `${key}[${i}]: got ${got[i]}, expected ${e[key][i]!.toPrecision(7)}` };
        }
      }
    }
    return { pass: true };
  };
}

const defaults: Options = { learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 };
const theta0 = [1, -2, 3, 0.5];
const curv = [1, 10, 0.1, 3];

export default defineExercise({
  id: "w03d05-adam-step",
  title: "One step of Adam, as tf.train.adam does it",
  points: 3,
  defines: ["adamStep"],
  tests: [
    test({
      name: "the first step from zero moments: every parameter moves by ≈ learningRate against its gradient",
      points: 0.75,
      visibility: "visible",
      input: (): Args => [Float32Array.from([1, -2, 3]), Float32Array.from([0.5, -4, 0.01]), { m: new Float32Array(3), v: new Float32Array(3), t: 0 }, defaults],
      expected: tfFirstStep,
      compare: closeAdam(1e-4),
      hint: "t ← t + 1; m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²; θ ← θ − lr · (m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε)",
    }),
    test({
      name: "step 2 of tf.train.adam on a quadratic bowl",
      points: 0.5,
      visibility: "hidden",
      input: () => atStep(theta0, curv, 1, defaults),
      expected: () => expectedAfter(theta0, curv, 1, defaults),
      compare: closeAdam(1e-4),
    }),
    test({
      name: "step 10 of tf.train.adam on the same bowl (bias correction still matters: 1 − β₂¹⁰ ≈ 0.01)",
      points: 0.75,
      visibility: "hidden",
      input: () => atStep(theta0, curv, 9, defaults),
      expected: () => expectedAfter(theta0, curv, 9, defaults),
      compare: closeAdam(1e-4),
    }),
    test({
      name: "tiny gradients with ε = 0.001: ε is added to √v̂, not inside the root",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [Float32Array.from([0.2, -0.1]), Float32Array.from([1e-4, -3e-4]), { m: new Float32Array(2), v: new Float32Array(2), t: 0 }, { ...defaults, epsilon: 1e-3 }],
      expected: tfFirstStep,
      compare: closeAdam(1e-4),
    }),
    test({
      name: "other hyper-parameters (β₁ = 0.5, β₂ = 0.9, lr = 0.01): step 5",
      points: 0.5,
      visibility: "hidden",
      input: () => atStep(theta0, curv, 4, { learningRate: 0.01, beta1: 0.5, beta2: 0.9, epsilon: 1e-7 }),
      expected: () => expectedAfter(theta0, curv, 4, { learningRate: 0.01, beta1: 0.5, beta2: 0.9, epsilon: 1e-7 }),
      compare: closeAdam(1e-4),
    }),
  ],
});
