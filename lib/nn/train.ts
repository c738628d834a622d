import type * as tfjs from "@tensorflow/tfjs";
import { ArgumentRangeError, ArgumentTypeError, assertUnreachable, describeValue } from "../core/errors";
import { checkInteger, checkNumber, checkOneOf } from "../core/validate";
import { tf, type Tf } from "./backend";
import { batches, checkData } from "./batches";
import { createFlatOptimizer, type FlatOptimizer } from "./flatAdam";
import { compileNativeStep, type NativeStep } from "./nativeStep";
import { softmaxCrossEntropy } from "./softmaxCrossEntropy";
import type { TensorData } from "./toTensors";

/** Optimisers {@link train} builds itself (or pass a `tf.train.*` optimiser instance). */
export const TrainOptimizer = { adam: "adam", sgd: "sgd" } as const;
/** `"adam" | "sgd"`. */
export type TrainOptimizer = (typeof TrainOptimizer)[keyof typeof TrainOptimizer];

/** Losses of {@link train}. */
export const TrainLoss = {
  /** `categoricalCrossentropy` when the last layer has a softmax activation, else `softmaxCrossEntropy`. */
  auto: "auto",
  /** Cross-entropy of predicted probabilities (model ends in softmax), clipped to [1e-7, 1 − 1e-7]. */
  categoricalCrossentropy: "categoricalCrossentropy",
  /** Cross-entropy of logits (model ends in a linear layer); fused on the native backend. */
  softmaxCrossEntropy: "softmaxCrossEntropy",
} as const;
/** A {@link TrainLoss} value. */
export type TrainLoss = (typeof TrainLoss)[keyof typeof TrainLoss];

/** How {@link train} computes gradients. */
export const TrainEngine = {
  /** `native` when the model and backend allow it, else `tfjs`. */
  auto: "auto",
  /** A hand-derived backward pass run on libtensorflow's gradient kernels (Sequential models of standard layers, tfjs-node; see {@link compileNativeStep}). */
  native: "native",
  /** TensorFlow.js's tape (`tf.variableGrads`): any model, any backend. */
  tfjs: "tfjs",
} as const;
/** A {@link TrainEngine} value. */
export type TrainEngine = (typeof TrainEngine)[keyof typeof TrainEngine];

/** What {@link TrainCallbacks.onTrainBegin} receives. */
export interface TrainBeginInfo {
  epochs: number;
  batchesPerEpoch: number;
  /** Training samples per epoch. */
  samples: number;
  batchSize: number;
  /** `tf.getBackend()`: `tensorflow`, `wasm` or `cpu`. */
  backend: string;
  /** The gradient engine in use: `native` or `tfjs`. */
  engine: Exclude<TrainEngine, "auto">;
  /** Why the native engine was not used (when `engine` is `tfjs` under `"auto"`). */
  engineNote?: string;
}

/** Progress after one batch. */
export interface BatchLogs {
  /** Epoch number, 1-based. */
  epoch: number;
  /** Batch number within the epoch, 1-based. */
  batch: number;
  batchesPerEpoch: number;
  /** Samples seen so far in this epoch. */
  samples: number;
  /** Loss of this batch. */
  loss: number;
  /** Accuracy (fraction of correct argmax) of this batch. */
  accuracy: number;
  /** Training throughput so far in this epoch. */
  samplesPerSecond: number;
}

/** Results of one epoch. */
export interface EpochLogs {
  /** Epoch number, 1-based. */
  epoch: number;
  /** Mean training loss over the epoch's samples (weights changed while it was measured, as in Keras). */
  loss: number;
  /** Mean training accuracy over the epoch's samples. */
  accuracy: number;
  /** Loss on `validationData` after the epoch, when given. */
  valLoss?: number;
  /** Accuracy on `validationData` after the epoch, when given. */
  valAccuracy?: number;
  /** Wall-clock seconds of the training part of the epoch (validation excluded). */
  seconds: number;
  samplesPerSecond: number;
  /** `tf.memory().numTensors` after the epoch: constant from epoch to epoch when nothing leaks. */
  numTensors: number;
  /** `false` when the epoch was cut short by `signal`. */
  complete: boolean;
}

/** What {@link train} returns. */
export interface TrainHistory {
  epochs: EpochLogs[];
  /** Per-epoch series, for charts. */
  loss: number[];
  accuracy: number[];
  valLoss: number[];
  valAccuracy: number[];
  /** `true` when `signal` stopped training early. */
  stopped: boolean;
  /** Total wall-clock seconds. */
  seconds: number;
}

/**
 * Hooks {@link train} calls; every one optional. Progress bars and live charts (`lib/viz`) come in
 * through these — `train` itself never prints. Exceptions thrown by a hook end training (the
 * optimiser state is freed first).
 */
export interface TrainCallbacks {
  onTrainBegin?(info: TrainBeginInfo): void;
  onEpochBegin?(epoch: number): void;
  onBatchEnd?(logs: BatchLogs): void;
  onEpochEnd?(logs: EpochLogs): void;
  onTrainEnd?(history: TrainHistory): void;
}

/** Options of {@link train}. */
export interface TrainOptions {
  /** Passes over the training data. @default 1 */
  epochs?: number;
  /** Samples per optimisation step. @default 32 */
  batchSize?: number;
  /** `"adam"`, `"sgd"`, or any `tf.train.*` optimiser instance (then `learningRate` is ignored). @default "adam" */
  optimizer?: TrainOptimizer | tfjs.Optimizer;
  /** Step size of the built-in optimisers. @default 0.001 (adam), 0.01 (sgd) */
  learningRate?: number;
  /** Loss; see {@link TrainLoss}. @default "auto" */
  loss?: TrainLoss;
  /** Evaluated after every epoch (loss and accuracy). @default undefined */
  validationData?: TensorData;
  /** One hook object or several (e.g. a progress bar and a chart). @default [] */
  callbacks?: TrainCallbacks | readonly TrainCallbacks[];
  /** Seed of the batch order (epoch e uses seed + e). @default 0 */
  seed?: number;
  /** Shuffle the samples every epoch. @default true */
  shuffle?: boolean;
  /** Stop after the current batch when this signal aborts (an `AbortController`'s `signal`). @default undefined */
  signal?: AbortSignal;
  /** Let the event loop run (displays update, a timer may abort) at least this often. @default 100 */
  yieldEveryMs?: number;
  /**
   * Gradient engine: `"native"` runs a hand-derived backward pass straight on libtensorflow's
   * kernels (~1.8× faster on small CNNs; Sequential models of standard layers on tfjs-node; throws
   * when the model is not supported), `"tfjs"` uses TensorFlow.js's tape for any model, `"auto"`
   * picks native when it can. Both compute the same gradients. @default "auto"
   */
  engine?: TrainEngine;
}

type LossFn = (y: tfjs.Tensor, out: tfjs.Tensor) => tfjs.Scalar;

function lastActivation(model: tfjs.LayersModel): unknown {
  const last = model.layers[model.layers.length - 1];
  return last ? (last.getConfig() as { activation?: unknown }).activation : undefined;
}

function makeLoss(t: Tf, kind: Exclude<TrainLoss, "auto">): LossFn {
  switch (kind) {
    case TrainLoss.softmaxCrossEntropy:
      return (y, out) => softmaxCrossEntropy(y, out);
    case TrainLoss.categoricalCrossentropy: {
      return (y, out) => t.neg(t.mean(t.sum(t.mul(y, t.log(t.clipByValue(out, 1e-7, 1 - 1e-7))), -1))) as tfjs.Scalar;
    }
    default:
      return assertUnreachable(kind, "options.loss");
  }
}

function toOneHot(t: Tf, ys: tfjs.Tensor, classes: number): tfjs.Tensor {
  return ys.rank === 1 ? t.tidy(() => t.oneHot(ys.toInt(), classes).toFloat()) : ys;
}

function correctCount(t: Tf, y: tfjs.Tensor, out: tfjs.Tensor): tfjs.Tensor {
  return t.sum(t.equal(t.argMax(out, -1), t.argMax(y, -1)).toFloat());
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Evaluate loss and accuracy of `model` on `data` in batches (inference mode: dropout off,
 * batch-norm uses its running statistics). Used by {@link train} for `validationData`.
 * @example const { loss, accuracy } = nn.evaluate(model, testData);
 */
export function evaluate(model: tfjs.LayersModel, data: TensorData, options: { batchSize?: number; loss?: TrainLoss } = {}): { loss: number; accuracy: number } {
  const { batchSize = 256, loss = "auto" } = options;
  checkData(data, "data");
  checkInteger(batchSize, "options.batchSize", { min: 1 });
  checkOneOf(loss, Object.values(TrainLoss), "options.loss");
  const t = tf();
  const lossFn = makeLoss(t, loss === "auto" ? (lastActivation(model) === "softmax" ? "categoricalCrossentropy" : "softmaxCrossEntropy") : loss);
  const n = data.xs.shape[0]!;
  let lossSum = 0;
  let correct = 0;
  for (const b of batches(data, { batchSize, shuffle: false })) {
    const [l, c] = t.tidy(() => {
      const out = model.apply(b.xs, { training: false }) as tfjs.Tensor;
      const y = toOneHot(t, b.ys, out.shape[out.rank - 1]!);
      return [lossFn(y, out), correctCount(t, y, out)];
    });
    lossSum += l.dataSync()[0]! * b.size;
    correct += c.dataSync()[0]!;
    t.dispose([l, c, b.xs, b.ys]);
  }
  return { loss: lossSum / n, accuracy: correct / n };
}

/**
 * Train a TensorFlow.js layers model on `{xs, ys}` with mini-batch gradient descent and report
 * progress only through `callbacks` (epoch, batch, loss, accuracy, samples/s). Batches are
 * shuffled with a seed; `signal` stops training after the current batch. Returns the history.
 *
 * Targets are one-hot `[n, classes]` or class indices `[n]`. Weight penalties declared on layers
 * (`kernelRegularizer: tf.regularizers.l2({ l2: 1e-4 })`) are added to the training loss, as Keras's
 * `fit` does (the reported training loss includes them; {@link evaluate} reports the data loss
 * only). The native backend's cost is per op, so: Sequential models of standard layers get their
 * gradients from a hand-derived backward pass on libtensorflow's kernels (`engine`, see
 * {@link compileNativeStep}), other models from TensorFlow.js's tape; and the built-in optimisers
 * update every parameter in one fused loop (on the GPU: ~10 ops on one flat vector) instead of
 * `tf.train.adam`'s ~14 ops per variable, with the same arithmetic as `tf.train.adam`/`tf.train.sgd`.
 * No tensor leaks: `numTensors` is the same after every epoch and after the call as before it.
 * @example const history = await nn.train(model, train, { epochs: 3, batchSize: 64, validationData: test });
 * @see I. Goodfellow, Y. Bengio, A. Courville, Deep Learning, §8.1 (minibatch SGD), §8.5.3 (Adam).
 */
export async function train(model: tfjs.LayersModel, data: TensorData, options: TrainOptions = {}): Promise<TrainHistory> {
  const {
    epochs = 1,
    batchSize = 32,
    optimizer = "adam",
    learningRate,
    loss = "auto",
    validationData,
    callbacks = [],
    seed = 0,
    shuffle = true,
    signal,
    yieldEveryMs = 100,
    engine = "auto",
  } = options;
  if (typeof model !== "object" || model === null || typeof (model as tfjs.LayersModel).apply !== "function" || !Array.isArray((model as tfjs.LayersModel).trainableWeights)) {
    throw new ArgumentTypeError("model", `expected a TensorFlow.js LayersModel (tf.sequential() or tf.model()), got ${describeValue(model)}`);
  }
  checkData(data, "data");
  if (validationData !== undefined) checkData(validationData, "options.validationData");
  checkInteger(epochs, "options.epochs", { min: 1 });
  checkInteger(batchSize, "options.batchSize", { min: 1 });
  checkInteger(seed, "options.seed");
  checkOneOf(loss, Object.values(TrainLoss), "options.loss");
  checkNumber(yieldEveryMs, "options.yieldEveryMs", { min: 0 });
  checkOneOf(engine, Object.values(TrainEngine), "options.engine");
  const builtIn = typeof optimizer === "string";
  if (builtIn) checkOneOf(optimizer, Object.values(TrainOptimizer), "options.optimizer");
  else if (typeof (optimizer as tfjs.Optimizer)?.applyGradients !== "function") {
    throw new ArgumentTypeError("options.optimizer", `expected "adam", "sgd" or a tf.train optimiser, got ${describeValue(optimizer)}`);
  }
  const lr = learningRate ?? (optimizer === "sgd" ? 0.01 : 0.001);
  checkNumber(lr, "options.learningRate", { min: 0, exclusiveMin: true });
  const hooks: readonly TrainCallbacks[] = Array.isArray(callbacks) ? callbacks : [callbacks as TrainCallbacks];
  if (signal !== undefined && typeof (signal as AbortSignal).aborted !== "boolean") {
    throw new ArgumentTypeError("options.signal", `expected an AbortSignal (new AbortController().signal), got ${describeValue(signal)}`);
  }

  const t = tf();
  const variables = model.trainableWeights.map((w) => w.read() as tfjs.Variable);
  if (variables.length === 0) throw new ArgumentTypeError("model", "the model has no trainable weights (is it built? give the first layer an inputShape)");
  const outShape = (model.outputs[0]?.shape ?? []) as (number | null)[];
  const classes = outShape[outShape.length - 1] ?? 0;
  const lossKind = loss === "auto" ? (lastActivation(model) === "softmax" ? "categoricalCrossentropy" : "softmaxCrossEntropy") : loss;
  const lossFn = makeLoss(t, lossKind);

  const n = data.xs.shape[0]!;
  const batchesPerEpoch = Math.ceil(n / batchSize);
  const trainData: TensorData = { xs: data.xs, ys: toOneHot(t, data.ys, classes) };
  const valData: TensorData | undefined = validationData && { xs: validationData.xs, ys: toOneHot(t, validationData.ys, classes) };
  let flat: FlatOptimizer | undefined;
  let native: NativeStep | undefined;
  let engineNote: string | undefined;
  const history: TrainHistory = { epochs: [], loss: [], accuracy: [], valLoss: [], valAccuracy: [], stopped: false, seconds: 0 };
  const start = performance.now();
  try {
    if (engine !== "tfjs") {
      const compiled = data.xs.dtype !== "float32" ? `the inputs are ${data.xs.dtype} (needs float32)` : compileNativeStep(t, model, variables, lossKind, seed);
      if (typeof compiled !== "string") native = compiled;
      else if (engine === "native") throw new ArgumentRangeError("options.engine", `the native engine cannot train this model: ${compiled}; use engine "auto" or "tfjs"`);
      else engineNote = compiled;
    }
    const apply = (grads: tfjs.Tensor[]): void => {
      if (flat) flat.apply(grads);
      else (optimizer as tfjs.Optimizer).applyGradients(Object.fromEntries(variables.map((v, i) => [v.name, grads[i]!])));
    };
    flat = builtIn ? createFlatOptimizer(t, variables, { kind: optimizer as TrainOptimizer, learningRate: lr }) : undefined;
    const info: TrainBeginInfo = { epochs, batchesPerEpoch, samples: n, batchSize, backend: t.getBackend(), engine: native ? "native" : "tfjs" };
    if (engineNote !== undefined) info.engineNote = engineNote;
    for (const h of hooks) h.onTrainBegin?.(info);
    let lastYield = performance.now();
    for (let epoch = 1; epoch <= epochs && !history.stopped; epoch++) {
      for (const h of hooks) h.onEpochBegin?.(epoch);
      const epochStart = performance.now();
      let seen = 0;
      let lossSum = 0;
      let correctSum = 0;
      for (const b of batches(trainData, { batchSize, shuffle, seed: seed + epoch - 1 })) {
        let correct: tfjs.Tensor | undefined;
        const lossT = t.tidy(() => {
          if (native) {
            const r = native.run(b.xs, b.ys);
            correct = t.keep(r.correct);
            apply(r.grads);
            return r.loss;
          }
          const { value, grads } = t.variableGrads(() => {
            const out = model.apply(b.xs, { training: true }) as tfjs.Tensor;
            correct = t.keep(correctCount(t, b.ys, out));
            // Weight penalties of layers (kernelRegularizer: tf.regularizers.l2(…)), computed from the current weights, as Keras's fit adds them.
            const penalties = model.calculateLosses();
            const dataLoss = lossFn(b.ys, out);
            return penalties.length === 0 ? dataLoss : (t.addN([dataLoss, ...penalties]) as tfjs.Scalar);
          }, variables);
          apply(variables.map((v) => grads[v.name]!));
          return value;
        });
        const batchLoss = lossT.dataSync()[0]!;
        const batchCorrect = correct!.dataSync()[0]!;
        t.dispose([lossT, correct!, b.xs, b.ys]);
        seen += b.size;
        lossSum += batchLoss * b.size;
        correctSum += batchCorrect;
        const now = performance.now();
        const logs: BatchLogs = {
          epoch,
          batch: b.index + 1,
          batchesPerEpoch,
          samples: seen,
          loss: batchLoss,
          accuracy: batchCorrect / b.size,
          samplesPerSecond: seen / Math.max((now - epochStart) / 1000, 1e-9),
        };
        for (const h of hooks) h.onBatchEnd?.(logs);
        if (now - lastYield >= yieldEveryMs) {
          await nextTurn();
          lastYield = performance.now();
        }
        if (signal?.aborted) {
          history.stopped = true;
          break;
        }
      }
      const seconds = (performance.now() - epochStart) / 1000;
      const logs: EpochLogs = {
        epoch,
        loss: lossSum / Math.max(seen, 1),
        accuracy: correctSum / Math.max(seen, 1),
        seconds,
        samplesPerSecond: seen / Math.max(seconds, 1e-9),
        numTensors: 0,
        complete: seen === n,
      };
      if (valData && logs.complete) {
        const v = evaluate(model, valData, { loss: lossKind });
        logs.valLoss = v.loss;
        logs.valAccuracy = v.accuracy;
        history.valLoss.push(v.loss);
        history.valAccuracy.push(v.accuracy);
      }
      logs.numTensors = t.memory().numTensors;
      history.epochs.push(logs);
      history.loss.push(logs.loss);
      history.accuracy.push(logs.accuracy);
      for (const h of hooks) h.onEpochEnd?.(logs);
      if (signal?.aborted) history.stopped = true;
      await nextTurn();
      lastYield = performance.now();
    }
    history.seconds = (performance.now() - start) / 1000;
    for (const h of hooks) h.onTrainEnd?.(history);
    return history;
  } finally {
    flat?.dispose();
    native?.dispose();
    if (trainData.ys !== data.ys) trainData.ys.dispose();
    if (valData && valData.ys !== validationData!.ys) valData.ys.dispose();
  }
}
