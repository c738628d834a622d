import { core, nn } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";
import type { Comparator } from "../../types";

type Running = { mean: Float32Array; variance: Float32Array };
type Options = { training: boolean; momentum: number; epsilon: number };
type Result = { y: Float32Array; mean: Float32Array; variance: Float32Array };
type Args = [Float32Array, [number, number], Float32Array, Float32Array, Running, Options];

/**
 * The reference: a real tf.layers.batchNormalization (TensorFlow.js 4.22, native backend) with the
 * given γ, β and moving statistics, applied with `training` set; the moving statistics read back after.
 */
function tfBatchNorm(x: Float32Array, shape: [number, number], gamma: Float32Array, beta: Float32Array, running: Running, options: Options): Result {
  const tf = nn.tf();
  const [n, c] = shape;
  const layer = tf.layers.batchNormalization({ momentum: options.momentum, epsilon: options.epsilon, inputShape: [c] });
  const model = tf.sequential({ layers: [layer] });
  tf.tidy(() => layer.setWeights([tf.tensor1d(gamma), tf.tensor1d(beta), tf.tensor1d(running.mean), tf.tensor1d(running.variance)]));
  const y = tf.tidy(() => (model.apply(tf.tensor2d(x, [n, c]), { training: options.training }) as ReturnType<typeof tf.tensor2d>).dataSync() as Float32Array);
  const [, , mean, variance] = layer.getWeights().map((w) => w.dataSync() as Float32Array);
  model.dispose();
  return { y: Float32Array.from(y), mean: Float32Array.from(mean!), variance: Float32Array.from(variance!) };
}

/** y, mean and variance each within `tol` (absolute, values are O(1)). */
function closeResult(tol: number): Comparator {
  return (actual, expected) => {
    const e = expected as Result;
    const a = actual as Partial<Result> | null;
    if (typeof a !== "object" || a === null) return { pass: false, message: "expected an object {y, mean, variance}" };
    for (const key of ["y", "mean", "variance"] as const) {
      const v = a[key] as ArrayLike<number> | undefined;
      if (!v || typeof v.length !== "number") return { pass: false, message: `${key} is missing: return { y, mean, variance } (Float32Arrays)` };
      if (v.length !== e[key].length) return { pass: false, message: `${key}: expected ${e[key].length} values, got ${v.length}` };
      for (let i = 0; i < v.length; i++) {
        if (!(Math.abs(v[i]! - e[key][i]!) <= tol)) {
          const where = key === "y" ? `y[${i}] (sample ${Math.floor(i / e.mean.length)}, channel ${i % e.mean.length})` : `${key}[${i}]`;
          return { pass: false, message: `${where}: got ${v[i]}, expected ${e[key][i]!.toPrecision(6)}` };
        }
      }
    }
    return { pass: true };
  };
}

function seeded(n: number, c: number, seed: number, options: Options, scale = 2, shift = 0.5): Args {
  const rng = core.seededRandom(seed);
  const x = Float32Array.from({ length: n * c }, () => shift + scale * rng.normal());
  const gamma = Float32Array.from({ length: c }, () => 0.5 + rng.next());
  const beta = Float32Array.from({ length: c }, () => rng.next() - 0.5);
  const running = { mean: Float32Array.from({ length: c }, () => rng.next() - 0.5), variance: Float32Array.from({ length: c }, () => 0.5 + rng.next()) };
  return [x, [n, c], gamma, beta, running, options];
}

const ones = (c: number) => new Float32Array(c).fill(1);

export default defineExercise({
  id: "w03d04-batchnorm-forward",
  title: "Batch normalisation forward pass, training and inference",
  points: 3,
  defines: ["batchNorm"],
  tests: [
    test({
      name: "training, 4 samples × 2 channels checked by hand: batch mean [4, 3], biased variance [5, 3.5]",
      points: 0.75,
      visibility: "visible",
      input: (): Args => [Float32Array.from([1, 2, 3, 6, 5, 1, 7, 3]), [4, 2], ones(2), new Float32Array(2), { mean: new Float32Array(2), variance: ones(2) }, { training: true, momentum: 0.9, epsilon: 0.001 }],
      expected: tfBatchNorm,
      compare: closeResult(1e-4),
      hint: "per channel: μ = mean over the n samples, σ² = mean of (x − μ)² (divide by n); y = γ(x − μ)/√(σ² + ε) + β; running ← momentum·running + (1 − momentum)·batch statistic",
    }),
    test({
      name: "inference: normalise with the running statistics, leave them unchanged",
      points: 0.75,
      visibility: "hidden",
      input: (): Args => [Float32Array.from([1, 2, 3, 6, 5, 1, 7, 3]), [4, 2], Float32Array.from([2, 0.5]), Float32Array.from([0.1, -0.2]), { mean: Float32Array.from([3, 1]), variance: Float32Array.from([4, 2]) }, { training: false, momentum: 0.9, epsilon: 0.001 }],
      expected: tfBatchNorm,
      compare: closeResult(1e-4),
      hint: "at inference the batch statistics are NOT used: a single test image must get the same output whatever else is in its batch",
    }),
    test({
      name: "training, 64 × 8 random values, momentum 0.99 (vs tf.layers.batchNormalization)",
      points: 0.5,
      visibility: "hidden",
      input: () => seeded(64, 8, 41, { training: true, momentum: 0.99, epsilon: 1e-3 }),
      expected: tfBatchNorm,
      compare: closeResult(1e-4),
    }),
    test({
      name: "training on conv feature maps: 2 images × 5×5 pixels × 3 channels as a [50, 3] matrix",
      points: 0.5,
      visibility: "hidden",
      input: () => seeded(50, 3, 42, { training: true, momentum: 0.9, epsilon: 1e-5 }, 3, -1),
      expected: tfBatchNorm,
      compare: closeResult(1e-4),
    }),
    test({
      name: "inference, 32 × 5 random values (vs tf.layers.batchNormalization)",
      points: 0.5,
      visibility: "hidden",
      input: () => seeded(32, 5, 43, { training: false, momentum: 0.99, epsilon: 1e-3 }),
      expected: tfBatchNorm,
      compare: closeResult(1e-4),
    }),
  ],
});
