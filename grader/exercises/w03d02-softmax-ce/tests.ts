import { core, nn } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";
import type { Comparator } from "../../types";

type Args = [number[][], number[]];
type Result = { loss: number; dLogits: number[][] };

/** The reference in float64, written the stable way: log-sum-exp with the row maximum subtracted. */
function reference(logits: number[][], labels: number[]): Result {
  const n = logits.length;
  let loss = 0;
  const dLogits = logits.map((row, r) => {
    const max = Math.max(...row);
    const sum = row.reduce((s, z) => s + Math.exp(z - max), 0);
    loss += max + Math.log(sum) - row[labels[r]!]!;
    return row.map((z, k) => (Math.exp(z - max) / sum - (k === labels[r] ? 1 : 0)) / n);
  });
  return { loss: loss / n, dLogits };
}

/** TensorFlow.js's answer (float32): tf.losses.softmaxCrossEntropy (mean over the batch) and its gradient. */
function tfReference(logits: number[][], labels: number[]): Result {
  const tf = nn.tf();
  const z = tf.tensor2d(logits);
  const y = tf.oneHot(tf.tensor1d(labels, "int32"), logits[0]!.length).toFloat();
  const { value, grad } = tf.valueAndGrad((l: typeof z) => tf.losses.softmaxCrossEntropy(y, l) as typeof z)(z);
  const out = { loss: value.dataSync()[0]!, dLogits: grad.arraySync() as number[][] };
  tf.dispose([z, y, value, grad]);
  return out;
}

/** `{loss, dLogits}` within `tol`, relative to max(1, |expected|). */
function closeResult(tol: number): Comparator {
  return (actual, expected) => {
    const e = expected as Result;
    const a = actual as Partial<Result> | null;
    if (typeof a !== "object" || a === null) return { pass: false, message: "return an object { loss, dLogits }" };
    if (typeof a.loss !== "number" || !Number.isFinite(a.loss)) return { pass: false, message: `loss must be a finite number, got ${a.loss} (exp of a large logit overflows: subtract each row's maximum; log of an underflowed probability is −∞: use log Σ exp(z) − z[label])` };
    if (!(Math.abs(a.loss - e.loss) <= tol * Math.max(1, Math.abs(e.loss)))) return { pass: false, message: `loss: got ${a.loss}, expected ${e.loss}` };
    if (!Array.isArray(a.dLogits) || a.dLogits.length !== e.dLogits.length) return { pass: false, message: `dLogits must be an array of ${e.dLogits.length} rows` };
    for (let r = 0; r < e.dLogits.length; r++) {
      const row = a.dLogits[r] as ArrayLike<number> | undefined;
      if (!row || row.length !== e.dLogits[r]!.length) return { pass: false, message: `dLogits[${r}] must have ${e.dLogits[r]!.length} values` };
      for (let k = 0; k < row.length; k++) {
        if (!(Math.abs(row[k]! - e.dLogits[r]![k]!) <= tol)) return { pass: false, message: `dLogits[${r}][${k}]: got ${row[k]}, expected ${e.dLogits[r]![k]}` };
      }
    }
    return { pass: true };
  };
}

/** n rows of k seeded logits, normal with standard deviation `scale`, and seeded labels. */
function batch(n: number, k: number, scale: number, seed: number): Args {
  const rng = core.seededRandom(seed);
  const logits = Array.from({ length: n }, () => Array.from({ length: k }, () => scale * rng.normal()));
  return [logits, Array.from({ length: n }, () => rng.int(k))];
}

export default defineExercise({
  id: "w03d02-softmax-ce",
  title: "Softmax cross-entropy, numerically stable, with its gradient",
  points: 2,
  defines: ["softmaxCrossEntropy"],
  offLimits: { lib: ["nn.softmaxCrossEntropy", "nn.train", "nn.evaluate"] },
  tests: [
    test({
      name: "two rows checkable by hand: [1, 2, 3] with label 2, [0, 0, 0] with label 0",
      points: 0.3,
      visibility: "visible",
      input: (): Args => [[[1, 2, 3], [0, 0, 0]], [2, 0]],
      expected: reference,
      compare: closeResult(1e-9),
      hint: "row loss = log Σ exp(z) − z[label]; the [0, 0, 0] row gives ln 3; the batch loss is the MEAN; dLogits = (softmax − one-hot) / N",
    }),
    test({
      name: "a batch of 4 examples, 5 classes",
      points: 0.3,
      visibility: "visible",
      input: () => batch(4, 5, 1, 3201),
      expected: reference,
      compare: closeResult(1e-9),
    }),
    test({
      name: "huge logits (±1000) do not overflow",
      points: 0.4,
      visibility: "hidden",
      input: (): Args => [[[1000, 1010, 990], [-1000, -1010, -990], [800, 800, 800]], [1, 0, 2]],
      expected: reference,
      compare: closeResult(1e-9),
    }),
    test({
      name: "a confidently wrong example: logits [0, 800], label 0, costs exactly 800 (no log of an underflowed 0)",
      points: 0.4,
      visibility: "hidden",
      input: (): Args => [[[0, 800], [3, -1]], [0, 0]],
      expected: reference,
      compare: closeResult(1e-9),
    }),
    test({
      name: "8 examples, 10 classes, logits of scale 5: agrees with tf.losses.softmaxCrossEntropy and its gradient",
      points: 0.3,
      visibility: "hidden",
      input: () => batch(8, 10, 5, 3202),
      expected: tfReference,
      compare: closeResult(1e-5),
    }),
    test({
      name: "one example, two classes: the gradient is softmax − one-hot",
      points: 0.3,
      visibility: "hidden",
      input: (): Args => [[[0.25, -1.5]], [1]],
      expected: reference,
      compare: closeResult(1e-9),
    }),
  ],
});
