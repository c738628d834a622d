import type * as tfjs from "@tensorflow/tfjs";
import type { Tf } from "./backend";
import { nativeOps, type NativeOps, type Window2d } from "./nativeOps";

/** Activations with a native gradient kernel (`linear` needs none). */
type NativeActivation = "Relu" | "Relu6" | "Elu" | "Tanh" | "Sigmoid";
const ACTIVATIONS: Readonly<Record<string, NativeActivation | null>> = {
  linear: null,
  relu: "Relu",
  relu6: "Relu6",
  elu: "Elu",
  tanh: "Tanh",
  sigmoid: "Sigmoid",
};

/** What {@link NativeStep.run} returns; every tensor is new (call it inside `tf.tidy`). */
export interface NativeStepResult {
  /** Mean loss over the batch (scalar). */
  loss: tfjs.Tensor;
  /** Number of rows whose argmax matches the label's (float32 scalar). */
  correct: tfjs.Tensor;
  /** `grads[i]` is d loss / d `variables[i]`. */
  grads: tfjs.Tensor[];
}

/** A compiled training step: forward and hand-derived backward pass of a Sequential model. */
export interface NativeStep {
  run(xs: tfjs.Tensor, ys: tfjs.Tensor): NativeStepResult;
  /** Free the constants the step keeps (shapes, scalars). */
  dispose(): void;
}

/** One layer (or its activation) of the step: forward keeps what its backward needs. */
interface Stage {
  forward(x: tfjs.Tensor): tfjs.Tensor;
  /** Writes weight gradients into `grads`; returns d loss / d input unless `needDx` is false. */
  backward(dy: tfjs.Tensor, needDx: boolean, grads: tfjs.Tensor[]): tfjs.Tensor | undefined;
}

interface LayerVariableLike {
  name: string;
  read(): tfjs.Tensor;
}
const findWeight = (layer: LayerLike, suffix: string): LayerVariableLike | undefined => layer.weights.find((w) => w.name.endsWith(`/${suffix}`));
interface LayerLike {
  name: string;
  getClassName(): string;
  getConfig(): Record<string, unknown>;
  weights: LayerVariableLike[];
  input: { shape: (number | null)[] } | { shape: (number | null)[] }[];
  trainable: boolean;
}

class Unsupported extends Error {}

const pair = (v: unknown, what: string): [number, number] => {
  const a = Array.isArray(v) ? v : [v, v];
  if (a.length !== 2 || !a.every((n) => Number.isInteger(n) && n > 0)) throw new Unsupported(`${what} ${JSON.stringify(v)}`);
  return [a[0] as number, a[1] as number];
};

/** Rank of the layer's one input; a layer shared by several models has none. */
function inputRank(layer: LayerLike, where: string): number {
  let input: LayerLike["input"];
  try {
    input = layer.input;
  } catch {
    throw new Unsupported(`${where} is shared with another model`);
  }
  if (Array.isArray(input)) throw new Unsupported(`${where} has several inputs`);
  return input.shape.length;
}

function windowOf(config: Record<string, unknown>, layer: string): Window2d {
  if (config.dataFormat !== undefined && config.dataFormat !== "channelsLast") throw new Unsupported(`${layer}: dataFormat ${String(config.dataFormat)} (only channelsLast)`);
  if (config.padding !== "same" && config.padding !== "valid") throw new Unsupported(`${layer}: padding ${String(config.padding)}`);
  return { strides: pair(config.strides, `${layer}: strides`), padding: config.padding === "same" ? "SAME" : "VALID" };
}

/** A weight of the step: its tensor and its index in `variables` (−1: frozen, no gradient). */
type Weight = [tfjs.Tensor, number];

/** A linear map of the input by a kernel, plus an optional bias (conv2d, dense), and its gradients. */
function linearStage(
  ops: NativeOps,
  kernel: Weight,
  bias: Weight | undefined,
  map: {
    apply(x: tfjs.Tensor, k: tfjs.Tensor): tfjs.Tensor;
    kernelGrad(x: tfjs.Tensor, k: tfjs.Tensor, dz: tfjs.Tensor): tfjs.Tensor;
    inputGrad(x: tfjs.Tensor, k: tfjs.Tensor, dz: tfjs.Tensor): tfjs.Tensor;
  },
): Stage {
  let x: tfjs.Tensor;
  return {
    forward(input) {
      x = input;
      const z = map.apply(x, kernel[0]);
      return bias ? ops.biasAdd(z, bias[0]) : z;
    },
    backward(dz, needDx, grads) {
      if (kernel[1] >= 0) grads[kernel[1]] = map.kernelGrad(x, kernel[0], dz);
      if (bias && bias[1] >= 0) grads[bias[1]] = ops.biasAddGrad(dz);
      return needDx ? map.inputGrad(x, kernel[0], dz) : undefined;
    },
  };
}

function activationStage(ops: NativeOps, name: NativeActivation): Stage {
  let y: tfjs.Tensor;
  return {
    forward: (x) => (y = ops.unary(name, x)),
    backward: (dy) => ops.activationGrad(name, dy, y),
  };
}

/**
 * Compile a Sequential TensorFlow.js model into one native training step, or say why not.
 *
 * TensorFlow.js differentiates by recording every op on a tape and replaying registered gradient
 * functions, many of them composites (the gradient of `tanh` is 3 kernels); each op also pays
 * ~20–30 µs of JavaScript bookkeeping. For a chain of standard layers the backward pass is short
 * enough to write down: this runs it on libtensorflow's own gradient kernels
 * (`Conv2DBackpropFilter`, `ReluGrad`, `SoftmaxCrossEntropyWithLogits`, …), one call per step of the
 * math: a LeNet-5 training step (SGD) makes 81 kernel calls instead of 124, with a fraction of the
 * JavaScript around each, and trains ~1.8× faster. Tests check it against `tf.variableGrads` layer
 * type by layer type.
 *
 * Supported: `conv2d`, `dense` (on rank-2 input), `maxPooling2d`, `averagePooling2d`,
 * `globalAveragePooling2d`, `flatten`, `dropout`, `batchNormalization` (channels last, rank 2 or 4;
 * moving statistics updated as TensorFlow.js does), `reLU` (no maximum, or 6), `leakyReLU`,
 * `activation`; activations linear, relu, relu6, elu, tanh, sigmoid; a last layer ending in softmax
 * (for `categoricalCrossentropy`) or linear (for `softmaxCrossEntropy`); no weight regularisers.
 * Anything else returns the reason as a string and {@link train} falls back to TensorFlow.js's tape.
 *
 * The loss is computed from the logits (`SoftmaxCrossEntropyWithLogits`): the same value as
 * cross-entropy of the softmax probabilities, except that it never clips at 1e-7.
 * @param variables the tensors `grads` are aligned with (the model's trainable weights, read).
 * @param lossKind the loss {@link train} resolved.
 * @param seed seeds dropout masks (stateless: step `k` of a run with seed `s` always drops the same units).
 */
export function compileNativeStep(
  t: Tf,
  model: tfjs.LayersModel,
  variables: readonly tfjs.Tensor[],
  lossKind: "categoricalCrossentropy" | "softmaxCrossEntropy",
  seed: number,
): NativeStep | string {
  const ops = nativeOps(t);
  if (!ops) return `the ${t.getBackend()} backend has no native kernels (needs tfjs-node)`;
  try {
    const stages = buildStages(ops, model, variables, lossKind, seed);
    return {
      run(xs, ys) {
        let x = xs;
        for (const s of stages) x = s.forward(x);
        const [perRow, dLogits] = ops.softmaxCrossEntropyWithLogits(x, ys);
        const n = xs.shape[0]!;
        const loss = ops.mean(perRow, ops.ints([0]));
        const correct = ops.countArgMaxEqual(x, ys);
        const grads: tfjs.Tensor[] = new Array(variables.length);
        let dy: tfjs.Tensor | undefined = ops.binary("Mul", dLogits, ops.float(1 / n));
        for (let i = stages.length - 1; i >= 0 && dy; i--) dy = stages[i]!.backward(dy, i > 0, grads);
        return { loss, correct, grads };
      },
      dispose: () => ops.dispose(),
    };
  } catch (e) {
    ops.dispose();
    if (e instanceof Unsupported) return e.message;
    throw e;
  }
}

function buildStages(
  ops: NativeOps,
  model: tfjs.LayersModel,
  variables: readonly tfjs.Tensor[],
  lossKind: "categoricalCrossentropy" | "softmaxCrossEntropy",
  seed: number,
): Stage[] {
  if (model.getClassName() !== "Sequential") throw new Unsupported(`a functional model (${model.getClassName()}): only Sequential`);
  const index = new Map<tfjs.Tensor, number>(variables.map((v, i) => [v, i]));
  const covered = new Set<number>();
  const weight = (layer: LayerLike, suffix: "kernel" | "bias" | "gamma" | "beta"): Weight | undefined => {
    const lv = findWeight(layer, suffix);
    if (!lv) return undefined;
    const v = lv.read();
    const i = index.get(v) ?? -1; // -1: frozen (not trainable), no gradient wanted
    if (i >= 0) covered.add(i);
    return [v, i];
  };
  const layers = model.layers as unknown as LayerLike[];
  const stages: Stage[] = [];
  let dropoutCount = 0;
  let softmaxFolded = false;
  layers.forEach((layer, li) => {
    const last = li === layers.length - 1;
    const kind = layer.getClassName();
    const config = layer.getConfig();
    const where = `layer ${li} (${layer.name}, ${kind})`;
    for (const key of ["kernelRegularizer", "biasRegularizer", "activityRegularizer"]) {
      if (config[key] != null) throw new Unsupported(`${where} has a ${key}`);
    }
    let activation: string | undefined;
    switch (kind) {
      case "Conv2D": {
        const w = windowOf(config, where);
        const dilations = pair(config.dilationRate, `${where}: dilationRate`);
        stages.push(
          linearStage(ops, weight(layer, "kernel")!, config.useBias ? weight(layer, "bias") : undefined, {
            apply: (x, k) => ops.conv2d(x, k, w, dilations),
            kernelGrad: (x, k, dz) => ops.conv2dBackpropFilter(x, ops.ints(k.shape), dz, w, dilations),
            inputGrad: (x, k, dz) => ops.conv2dBackpropInput(ops.ints(x.shape), k, dz, w, dilations),
          }),
        );
        activation = config.activation as string;
        break;
      }
      case "Dense": {
        const rank = inputRank(layer, where);
        if (rank !== 2) throw new Unsupported(`${where} on input of rank ${rank} (only rank 2: flatten first)`);
        stages.push(
          linearStage(ops, weight(layer, "kernel")!, config.useBias ? weight(layer, "bias") : undefined, {
            apply: (x, k) => ops.matMul(x, k, false, false),
            kernelGrad: (x, _k, dz) => ops.matMul(x, dz, true, false),
            inputGrad: (_x, k, dz) => ops.matMul(dz, k, false, true),
          }),
        );
        activation = config.activation as string;
        break;
      }
      case "MaxPooling2D": {
        const w = windowOf(config, where);
        const pool = pair(config.poolSize, `${where}: poolSize`);
        let x: tfjs.Tensor;
        let y: tfjs.Tensor;
        stages.push({
          forward: (input) => (y = ops.maxPool((x = input), pool, w)),
          backward: (dy) => ops.maxPoolGrad(x, y, dy, pool, w),
        });
        break;
      }
      case "AveragePooling2D": {
        const w = windowOf(config, where);
        const pool = pair(config.poolSize, `${where}: poolSize`);
        let shape: number[];
        stages.push({
          forward: (x) => ((shape = x.shape), ops.avgPool(x, pool, w)),
          backward: (dy) => ops.avgPoolGrad(ops.ints(shape), dy, pool, w),
        });
        break;
      }
      case "GlobalAveragePooling2D": {
        if (config.dataFormat !== undefined && config.dataFormat !== "channelsLast") throw new Unsupported(`${where}: dataFormat ${String(config.dataFormat)}`);
        if (config.keepDims) throw new Unsupported(`${where}: keepDims`);
        let shape: number[];
        stages.push({
          forward: (x) => ((shape = x.shape), ops.mean(x, ops.ints([1, 2]))),
          backward(dy) {
            const [n, h, w, c] = shape as [number, number, number, number];
            const scaled = ops.binary("Mul", dy, ops.float(1 / (h * w)));
            return ops.broadcastTo(ops.reshape(scaled, ops.ints([n, 1, 1, c])), ops.ints(shape));
          },
        });
        break;
      }
      case "Flatten": {
        if (config.dataFormat !== undefined && config.dataFormat !== "channelsLast") throw new Unsupported(`${where}: dataFormat ${String(config.dataFormat)}`);
        let shape: number[];
        stages.push({
          forward: (x) => ((shape = x.shape), ops.reshape(x, ops.ints([x.shape[0]!, -1]))),
          backward: (dy) => ops.reshape(dy, ops.ints(shape)),
        });
        break;
      }
      case "Dropout": {
        const rate = config.rate as number;
        if (config.noiseShape != null) throw new Unsupported(`${where}: noiseShape`);
        if (!(rate >= 0 && rate < 1)) throw new Unsupported(`${where}: rate ${rate}`);
        if (rate === 0) break;
        const stream = typeof config.seed === "number" ? config.seed : seed * 7919 + dropoutCount;
        dropoutCount++;
        let counter = 0;
        let mask: tfjs.Tensor;
        stages.push({
          forward(x) {
            // tf.dropout: x · floor(u + keep) / keep, u ~ U[0, 1)
            const u = ops.statelessRandomUniform(ops.ints(x.shape), ops.freshInts([stream | 0, counter++ | 0]));
            mask = ops.binary("Mul", ops.unary("Floor", ops.binary("AddV2", u, ops.float(1 - rate))), ops.float(1 / (1 - rate)));
            return ops.binary("Mul", x, mask);
          },
          backward: (dy) => ops.binary("Mul", dy, mask),
        });
        break;
      }
      case "BatchNormalization":
        stages.push(batchNormStage(ops, layer, config, where, weight));
        break;
      case "InputLayer":
        break;
      case "Activation":
        activation = config.activation as string;
        break;
      case "ReLU": {
        const max = config.maxValue;
        if (max != null && max !== 6) throw new Unsupported(`${where}: maxValue ${String(max)} (only none or 6)`);
        stages.push(activationStage(ops, max == null ? "Relu" : "Relu6"));
        break;
      }
      case "LeakyReLU": {
        const alpha = config.alpha as number;
        if (!(alpha >= 0)) throw new Unsupported(`${where}: alpha ${alpha} (only ≥ 0)`);
        let y: tfjs.Tensor;
        stages.push({ forward: (x) => (y = ops.leakyRelu(x, alpha)), backward: (dy) => ops.leakyReluGrad(dy, y, alpha) });
        break;
      }
      default:
        throw new Unsupported(`${where} has no native backward pass`);
    }
    if (activation === undefined) return;
    if (last) {
      const want = lossKind === "categoricalCrossentropy" ? "softmax" : "linear";
      if (activation !== want) throw new Unsupported(`the last layer's activation is ${activation} (the ${lossKind} loss needs ${want})`);
      softmaxFolded = activation === "softmax"; // folded into the loss
      return;
    }
    const native = ACTIVATIONS[activation];
    if (native === undefined) throw new Unsupported(`${where}: activation ${activation}`);
    if (native) stages.push(activationStage(ops, native));
  });
  if (lossKind === "categoricalCrossentropy" && !softmaxFolded) throw new Unsupported("the model does not end in a softmax activation (the categoricalCrossentropy loss needs one)");
  const outRank = model.outputs[0]?.shape.length;
  if (outRank !== 2) throw new Unsupported(`the model's output has rank ${outRank} (needs [batch, classes])`);
  const missing = variables.findIndex((_, i) => !covered.has(i));
  if (missing >= 0) throw new Unsupported(`trainable weight ${missing} (${(variables[missing] as tfjs.Variable).name}) belongs to no supported layer`);
  return stages;
}

/**
 * Batch normalisation as `tf.layers.batchNormalization` trains it: normalise with the batch's mean
 * and (biased) variance over every axis but the last, then `movingMean ← movingMean − (movingMean −
 * mean)·(1 − momentum)` (same for the variance). Rank-2 inputs run as `[n, 1, 1, c]`.
 * @see S. Ioffe, C. Szegedy, "Batch normalization", ICML 2015, Algorithm 1–2.
 */
function batchNormStage(
  ops: NativeOps,
  layer: LayerLike,
  config: Record<string, unknown>,
  where: string,
  weight: (layer: LayerLike, suffix: "gamma" | "beta") => Weight | undefined,
): Stage {
  const rank = inputRank(layer, where);
  if (rank !== 2 && rank !== 4) throw new Unsupported(`${where} on input of rank ${rank} (only 2 or 4)`);
  const axis = config.axis as number;
  if (axis !== -1 && axis !== rank - 1) throw new Unsupported(`${where}: axis ${axis} (only the last, channels)`);
  if (!layer.trainable) throw new Unsupported(`${where} is frozen (trainable: false)`);
  const channels = (layer.input as { shape: number[] }).shape[rank - 1]!;
  const epsilon = config.epsilon as number;
  const momentum = config.momentum as number;
  const gamma = config.scale ? weight(layer, "gamma") : undefined;
  const beta = config.center ? weight(layer, "beta") : undefined;
  const movingMean = findWeight(layer, "moving_mean")?.read() as tfjs.Variable | undefined;
  const movingVariance = findWeight(layer, "moving_variance")?.read() as tfjs.Variable | undefined;
  if (!movingMean || !movingVariance) throw new Unsupported(`${where} has no moving statistics`);
  const ones = () => ops.constant(`ones ${channels}`, () => movingMean.onesLike());
  const zeros = () => ops.constant(`zeros ${channels}`, () => movingMean.zerosLike());
  const decay = ops.float(1 - momentum);
  let x4: tfjs.Tensor;
  let scale: tfjs.Tensor;
  let reserve: tfjs.Tensor[];
  let shape: number[];
  const to4d = (t: tfjs.Tensor): tfjs.Tensor => (rank === 4 ? t : ops.reshape(t, ops.ints([t.shape[0]!, 1, 1, channels])));
  const update = (v: tfjs.Variable, batchValue: tfjs.Tensor): void => v.assign(ops.binary("Sub", v, ops.binary("Mul", ops.binary("Sub", v, batchValue), decay)) as tfjs.Tensor1D);
  return {
    forward(x) {
      shape = x.shape;
      x4 = to4d(x);
      scale = gamma ? gamma[0] : ones();
      const r = ops.fusedBatchNorm(x4, scale, beta ? beta[0] : zeros(), epsilon);
      reserve = r.reserve;
      const n = x.size / channels;
      update(movingMean, r.mean);
      update(movingVariance, ops.binary("Mul", r.unbiasedVariance, ops.float(n > 1 ? (n - 1) / n : 0)));
      return rank === 4 ? r.y : ops.reshape(r.y, ops.ints(shape));
    },
    backward(dy, _needDx, grads) {
      const [dx, dScale, dOffset] = ops.fusedBatchNormGrad(to4d(dy), x4, scale, reserve, epsilon);
      if (gamma && gamma[1] >= 0) grads[gamma[1]] = dScale;
      if (beta && beta[1] >= 0) grads[beta[1]] = dOffset;
      return rank === 4 ? dx : ops.reshape(dx, ops.ints(shape));
    },
  };
}
