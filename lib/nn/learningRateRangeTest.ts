import type * as tfjs from "@tensorflow/tfjs";
import { ArgumentRangeError, ArgumentTypeError, describeValue } from "../core/errors";
import { checkInteger, checkNumber } from "../core/validate";
import { tf } from "./backend";
import { batches, checkData } from "./batches";
import { softmaxCrossEntropy } from "./softmaxCrossEntropy";
import type { TensorData } from "./toTensors";

/** Options of {@link learningRateRangeTest}. */
export interface LearningRateRangeTestOptions {
  /** First learning rate. @default 1e-5 */
  minLearningRate?: number;
  /** Last learning rate (reached at the last step). @default 1 */
  maxLearningRate?: number;
  /** Optimisation steps (one mini-batch each; the data is cycled). @default 100 */
  steps?: number;
  /** Samples per step. @default 64 */
  batchSize?: number;
  /** Momentum of the SGD optimiser (0: plain SGD). @default 0.9 */
  momentum?: number;
  /** Stop early once the smoothed loss exceeds this many times its minimum (the run has diverged). @default 4 */
  divergeFactor?: number;
  /** Seed of the batch order. @default 0 */
  seed?: number;
}

/** What {@link learningRateRangeTest} measured. */
export interface LearningRateRangeResult {
  /** Learning rate of each step (geometric from min to max). */
  learningRates: number[];
  /** Loss of each step's batch. */
  losses: number[];
  /** Exponentially smoothed losses (β = 0.9, bias-corrected), the curve to read. */
  smoothed: number[];
  /** A rate to start from: a tenth of the rate where the smoothed loss was lowest. */
  suggested: number;
}

/**
 * The learning-rate range test: train `model` for `steps` mini-batches of SGD with momentum while
 * the learning rate grows geometrically from `minLearningRate` to `maxLearningRate`, recording the
 * loss. Too small a rate leaves the loss flat, a good one makes it fall fast, too large a one makes
 * it explode: pick a rate somewhat below the minimum of the curve. The loss is the cross-entropy
 * `nn.train` would use (probabilities when the last layer is a softmax, else logits); targets are
 * one-hot. CHANGES THE MODEL'S WEIGHTS: run it on a fresh copy and build a new model afterwards.
 * @example const { learningRates, smoothed, suggested } = await nn.learningRateRangeTest(nn.createLenet5(), data);
 * @see L. N. Smith, "Cyclical learning rates for training neural networks", WACV 2017, §3.3.
 */
export async function learningRateRangeTest(model: tfjs.LayersModel, data: TensorData, options: LearningRateRangeTestOptions = {}): Promise<LearningRateRangeResult> {
  const { minLearningRate = 1e-5, maxLearningRate = 1, steps = 100, batchSize = 64, momentum = 0.9, divergeFactor = 4, seed = 0 } = options;
  if (typeof model !== "object" || model === null || typeof (model as tfjs.LayersModel).apply !== "function") {
    throw new ArgumentTypeError("model", `expected a TensorFlow.js LayersModel, got ${describeValue(model)}`);
  }
  checkData(data, "data");
  checkNumber(minLearningRate, "options.minLearningRate", { min: 0, exclusiveMin: true });
  checkNumber(maxLearningRate, "options.maxLearningRate", { min: 0, exclusiveMin: true });
  if (maxLearningRate <= minLearningRate) throw new ArgumentRangeError("options.maxLearningRate", `must exceed minLearningRate (${minLearningRate}), got ${maxLearningRate}`);
  checkInteger(steps, "options.steps", { min: 2 });
  checkInteger(batchSize, "options.batchSize", { min: 1 });
  checkNumber(momentum, "options.momentum", { min: 0, max: 1, exclusiveMax: true });
  checkNumber(divergeFactor, "options.divergeFactor", { min: 1, exclusiveMin: true });
  checkInteger(seed, "options.seed");
  if (data.ys.rank !== 2) throw new ArgumentTypeError("data.ys", `expected one-hot targets [n, classes] (nn.toTensors with oneHot: true), got shape [${data.ys.shape}]`);

  const t = tf();
  const last = model.layers[model.layers.length - 1];
  const probabilities = (last?.getConfig() as { activation?: unknown } | undefined)?.activation === "softmax";
  const loss = (y: tfjs.Tensor, out: tfjs.Tensor): tfjs.Scalar =>
    probabilities ? (t.neg(t.mean(t.sum(t.mul(y, t.log(t.clipByValue(out, 1e-7, 1 - 1e-7))), -1))) as tfjs.Scalar) : softmaxCrossEntropy(y, out);
  const variables = model.trainableWeights.map((w) => w.read() as tfjs.Variable);
  // SGD with momentum by hand (v ← μv + g; w ← w − lr·v, as tf.train.momentum): tf.train.momentum's
  // dispose() leaves its learning-rate scalar alive in TensorFlow.js 4.22.
  const velocities = t.tidy(() => variables.map((v) => t.variable(t.zerosLike(v), false)));
  const ratio = Math.pow(maxLearningRate / minLearningRate, 1 / (steps - 1));
  const result: LearningRateRangeResult = { learningRates: [], losses: [], smoothed: [], suggested: minLearningRate };
  let avg = 0;
  let best = Infinity;
  let bestRate = minLearningRate;
  let epoch = 0;
  try {
    outer: for (;;) {
      for (const b of batches(data, { batchSize, seed: seed + epoch })) {
        const step = result.losses.length;
        const lr = minLearningRate * Math.pow(ratio, step);
        const cost = t.tidy(() => {
          const { value, grads } = t.variableGrads(() => loss(b.ys, model.apply(b.xs, { training: true }) as tfjs.Tensor), variables);
          variables.forEach((w, i) => {
            const v = velocities[i]!;
            v.assign(v.mul(momentum).add(grads[w.name]!));
            w.assign(w.sub(v.mul(lr)));
          });
          return value;
        });
        const value = cost.dataSync()[0]!;
        t.dispose([cost, b.xs, b.ys]);
        avg = 0.9 * avg + 0.1 * value;
        const smooth = avg / (1 - Math.pow(0.9, step + 1));
        result.learningRates.push(lr);
        result.losses.push(value);
        result.smoothed.push(smooth);
        if (smooth < best) {
          best = smooth;
          bestRate = lr;
        }
        if (step + 1 >= steps || !Number.isFinite(smooth) || smooth > divergeFactor * best) break outer;
      }
      epoch++;
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    t.dispose(velocities);
  }
  result.suggested = bestRate / 10;
  return result;
}
