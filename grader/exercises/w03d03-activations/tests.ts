import { core, nn } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";
import type { Comparator } from "../../types";

type Name = "relu" | "leakyRelu" | "elu" | "sigmoid" | "tanh" | "gelu";
type Args = [Name, Float64Array];
type Result = { y: Float64Array; dydx: Float64Array };

/** Values and derivatives from TensorFlow.js (float32): tf.relu, tf.leakyRelu (α = 0.2), tf.elu, tf.sigmoid, tf.tanh, tanh-approximated GELU built from ops; derivatives by tf.grad. */
function tfReference(name: Name, x: Float64Array): Result {
  const tf = nn.tf();
  type T = ReturnType<typeof tf.tensor1d>;
  const fns: Record<Name, (v: T) => T> = {
    relu: (v) => tf.relu(v),
    leakyRelu: (v) => tf.leakyRelu(v, 0.2),
    elu: (v) => tf.elu(v),
    sigmoid: (v) => tf.sigmoid(v),
    tanh: (v) => tf.tanh(v),
    gelu: (v) => v.mul(0.5).mul(tf.tanh(v.add(v.pow(3).mul(0.044715)).mul(Math.sqrt(2 / Math.PI))).add(1)),
  };
  const [y, g] = tf.tidy(() => {
    const t = tf.tensor1d(Float32Array.from(x));
    return [fns[name](t), tf.grad((v) => fns[name](v as T))(t)];
  });
  const out = { y: Float64Array.from(y!.dataSync()), dydx: Float64Array.from(g!.dataSync()) };
  tf.dispose([y!, g!]);
  return out;
}

/** `{y, dydx}` with every value within `tol` (absolute; the reference is float32). */
function closeResult(tol: number): Comparator {
  return (actual, expected) => {
    const e = expected as Result;
    if (typeof actual !== "object" || actual === null) return { pass: false, message: "return { y, dydx }" };
    const a = actual as Record<string, ArrayLike<number> | undefined>;
    for (const key of ["y", "dydx"] as const) {
      const got = a[key];
      if (!got || got.length !== e[key].length) return { pass: false, message: `${key} must hold ${e[key].length} values, one per input` };
      for (let i = 0; i < got.length; i++) {
        if (!(Math.abs(got[i]! - e[key][i]!) <= tol)) return { pass: false, message: `${key}[${i}]: got ${got[i]}, expected ${e[key][i]}` };
      }
    }
    return { pass: true };
  };
}

/** `n` seeded inputs uniform in [−r, r], never within 0.01 of the kink at 0. */
function inputs(n: number, r: number, seed: number): Float64Array {
  const rng = core.seededRandom(seed);
  return Float64Array.from({ length: n }, () => {
    const v = (2 * rng.next() - 1) * r;
    return Math.abs(v) < 0.01 ? v + 0.02 : v;
  });
}

export default defineExercise({
  id: "w03d03-activations",
  title: "Activation functions and their derivatives",
  points: 2,
  defines: ["activation"],
  tests: [
    test({
      name: "relu at −2, −0.5, 0.5, 3",
      points: 0.25,
      visibility: "visible",
      input: (): Args => ["relu", Float64Array.from([-2, -0.5, 0.5, 3])],
      expected: tfReference,
      compare: closeResult(1e-5),
      hint: "relu(x) = max(0, x); its derivative is 0 for x < 0 and 1 for x > 0",
    }),
    test({
      name: "sigmoid on 20 points in [−8, 8]",
      points: 0.25,
      visibility: "visible",
      input: (): Args => ["sigmoid", inputs(20, 8, 3311)],
      expected: tfReference,
      compare: closeResult(1e-5),
      hint: "σ(x) = 1 / (1 + e^(−x)) and σ′(x) = σ(x)·(1 − σ(x))",
    }),
    test({
      name: "sigmoid far out: ±20 and ±40 (values 0 or 1 to float precision, slopes ≈ 0)",
      points: 0.2,
      visibility: "hidden",
      input: (): Args => ["sigmoid", Float64Array.from([-40, -20, -5, 5, 20, 40])],
      expected: tfReference,
      compare: closeResult(1e-5),
    }),
    test({
      name: "leaky ReLU (α = 0.2) on 20 points in [−4, 4]",
      points: 0.25,
      visibility: "hidden",
      input: (): Args => ["leakyRelu", inputs(20, 4, 3312)],
      expected: tfReference,
      compare: closeResult(1e-5),
    }),
    test({
      name: "ELU (α = 1) on 20 points in [−5, 3]",
      points: 0.25,
      visibility: "hidden",
      input: (): Args => ["elu", inputs(20, 5, 3313).map((v) => Math.min(v, 3))],
      expected: tfReference,
      compare: closeResult(1e-5),
    }),
    test({
      name: "tanh on 20 points in [−4, 4]",
      points: 0.3,
      visibility: "hidden",
      input: (): Args => ["tanh", inputs(20, 4, 3314)],
      expected: tfReference,
      compare: closeResult(1e-5),
    }),
    test({
      name: "GELU (tanh approximation) on 20 points in [−4, 4]",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => ["gelu", inputs(20, 4, 3315)],
      expected: tfReference,
      compare: closeResult(1e-5),
    }),
  ],
});
