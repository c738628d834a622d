import { core, nn } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";
import type { Comparator } from "../../types";

type Fit = { w: number; b: number; losses: number[] };

/** The reference: the notebook's leakyTrainLine without its leaks, on the grader's TensorFlow.js (native backend). */
function reference(xs: number[], ys: number[], steps: number, learningRate: number): Fit {
  const tf = nn.tf();
  const x = tf.tensor1d(xs);
  const y = tf.tensor1d(ys);
  const [w, b] = tf.tidy(() => [tf.variable(tf.zeros([])), tf.variable(tf.zeros([]))]);
  const optimizer = tf.train.sgd(learningRate);
  const losses: number[] = [];
  for (let i = 0; i < steps; i++) {
    losses.push(tf.tidy(() => optimizer.minimize(() => w.mul(x).add(b).sub(y).square().mean() as never, true)!.dataSync()[0]!));
  }
  const fit = { w: w.dataSync()[0]!, b: b.dataSync()[0]!, losses };
  tf.dispose([x, y, w, b]);
  optimizer.dispose();
  return fit;
}

/** Same numbers as the reference (relative tolerance) AND no tensor left alive by the call. */
function sameFitNoLeak(tol: number): Comparator {
  return (actual, expected, context) => {
    const e = expected as Fit;
    const a = actual as Partial<Fit> | null;
    if (typeof a !== "object" || a === null) return { pass: false, message: `expected an object {w, b, losses}, got ${a === null ? "null" : typeof a}` };
    const close = (u: unknown, v: number) => typeof u === "number" && Math.abs(u - v) <= tol * Math.max(1, Math.abs(v));
    if (!close(a.w, e.w) || !close(a.b, e.b)) return { pass: false, message: `got w = ${a.w}, b = ${a.b}; expected w = ${e.w.toPrecision(6)}, b = ${e.b.toPrecision(6)}` };
    if (!Array.isArray(a.losses) && !ArrayBuffer.isView(a.losses)) return { pass: false, message: "losses must be an array of numbers, one per step" };
    const losses = a.losses as ArrayLike<unknown>;
    if (losses.length !== e.losses.length) return { pass: false, message: `expected ${e.losses.length} losses (one per step), got ${losses.length}` };
    for (let i = 0; i < e.losses.length; i++) {
      if (!close(losses[i], e.losses[i]!)) return { pass: false, message: `losses[${i}] = ${losses[i]}, expected ${e.losses[i]!.toPrecision(6)} (the loss of step ${i}, before its update)` };
    }
    const t = context?.tensors;
    if (!t) return { pass: false, message: "the grader could not count TensorFlow.js tensors (is TensorFlow.js loaded?)" };
    const leaked = t.after - t.before;
    if (leaked !== 0) return { pass: false, message: `the numbers are right, but ${leaked > 0 ? `${leaked} tensor${leaked === 1 ? " was" : "s were"} left alive` : `${-leaked} tensors that existed before the call were disposed`} (tf.memory().numTensors ${t.before} → ${t.after})` };
    return { pass: true };
  };
}

function noisyLine(n: number, seed: number): [number[], number[]] {
  const rng = core.seededRandom(seed);
  const xs = Array.from({ length: n }, () => -2 + 4 * rng.next());
  return [xs, xs.map((x) => 0.7 * x - 1.2 + 0.3 * rng.normal())];
}

export default defineExercise({
  id: "w03d06-tidy-leaks",
  title: "Fix a leaking TensorFlow.js training loop",
  points: 3,
  defines: ["trainLine"],
  allowTfjs: true,
  limits: { timeMs: 60_000, testTimeMs: 20_000, memoryMb: 768 },
  tests: [
    test({
      name: "4 points on y = 2x + 1, 20 steps: the numbers of leakyTrainLine, and no tensor left alive",
      points: 1,
      visibility: "visible",
      input: () => [[1, 2, 3, 4], [3, 5, 7, 9], 20, 0.05],
      expected: reference,
      compare: sameFitNoLeak(1e-4),
      hint: "dispose the loss minimize returns (or wrap each step in tf.tidy), the data tensors, the variables AND the scalars they were made from, and call optimizer.dispose()",
    }),
    test({
      name: "50 noisy points, 200 steps",
      points: 1,
      visibility: "hidden",
      input: () => [...noisyLine(50, 61), 200, 0.1],
      expected: reference,
      compare: sameFitNoLeak(1e-4),
    }),
    test({
      name: "zero steps: w = b = 0, no losses, nothing left alive",
      points: 0.5,
      visibility: "hidden",
      input: () => [[0, 1], [1, 0], 0, 0.1],
      expected: reference,
      compare: sameFitNoLeak(1e-6),
    }),
    test({
      name: "600 steps on 3 points: numTensors unchanged after a long loop",
      points: 0.5,
      visibility: "hidden",
      input: () => [[-1, 0, 1], [0.5, 1, 1.5], 600, 0.2],
      expected: reference,
      compare: sameFitNoLeak(1e-4),
    }),
  ],
});
