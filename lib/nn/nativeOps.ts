import type * as tfjs from "@tensorflow/tfjs";
import type { Tf } from "./backend";

/** One attribute of a TensorFlow op, as tfjs-node's binding takes it. */
export interface NativeOpAttr {
  name: string;
  type: number;
  value: number | boolean | string | number[];
}

/** The part of tfjs-node's `NodeJSKernelBackend` that runs TensorFlow ops by name. */
interface NodeBackend {
  binding: {
    TF_ATTR_INT: number;
    TF_ATTR_STRING: number;
    TF_ATTR_BOOL: number;
    TF_ATTR_TYPE: number;
    TF_ATTR_FLOAT: number;
    TF_FLOAT: number;
    TF_INT32: number;
    TF_BOOL: number;
    executeOp: unknown;
  };
  executeSingleOutput(name: string, attrs: NativeOpAttr[], inputs: tfjs.Tensor[]): tfjs.Tensor;
  executeMultipleOutputs(name: string, attrs: NativeOpAttr[], inputs: tfjs.Tensor[], numOutputs: number): tfjs.Tensor[];
}

/** 2-D window geometry shared by convolutions and poolings (NHWC). */
export interface Window2d {
  /** `[strideH, strideW]`. */
  strides: readonly [number, number];
  /** TensorFlow's padding name. */
  padding: "SAME" | "VALID";
}

/**
 * TensorFlow kernels called one by one, straight through tfjs-node's binding: each call is one
 * `TFE_Execute`, with none of TensorFlow.js's per-op bookkeeping (gradient tape, kernel registry,
 * composite kernels such as `step` = 4 ops). Outputs are ordinary `tf.Tensor`s, tracked by the
 * engine (so `tf.tidy` frees them); the runner keeps its constants (shapes, scalars) until
 * `dispose()`. Float32 NHWC only. Internal to the native training step (`nativeStep.ts`).
 */
export interface NativeOps {
  conv2d(x: tfjs.Tensor, filter: tfjs.Tensor, w: Window2d, dilations: readonly [number, number]): tfjs.Tensor;
  conv2dBackpropFilter(x: tfjs.Tensor, filterShape: tfjs.Tensor, dy: tfjs.Tensor, w: Window2d, dilations: readonly [number, number]): tfjs.Tensor;
  conv2dBackpropInput(xShape: tfjs.Tensor, filter: tfjs.Tensor, dy: tfjs.Tensor, w: Window2d, dilations: readonly [number, number]): tfjs.Tensor;
  biasAdd(x: tfjs.Tensor, bias: tfjs.Tensor): tfjs.Tensor;
  /** Sum of `dy` over every axis but the last. */
  biasAddGrad(dy: tfjs.Tensor): tfjs.Tensor;
  matMul(a: tfjs.Tensor, b: tfjs.Tensor, transposeA: boolean, transposeB: boolean): tfjs.Tensor;
  maxPool(x: tfjs.Tensor, pool: readonly [number, number], w: Window2d): tfjs.Tensor;
  maxPoolGrad(x: tfjs.Tensor, y: tfjs.Tensor, dy: tfjs.Tensor, pool: readonly [number, number], w: Window2d): tfjs.Tensor;
  avgPool(x: tfjs.Tensor, pool: readonly [number, number], w: Window2d): tfjs.Tensor;
  avgPoolGrad(xShape: tfjs.Tensor, dy: tfjs.Tensor, pool: readonly [number, number], w: Window2d): tfjs.Tensor;
  reshape(x: tfjs.Tensor, shape: tfjs.Tensor): tfjs.Tensor;
  broadcastTo(x: tfjs.Tensor, shape: tfjs.Tensor): tfjs.Tensor;
  /** Mean over `axes` (an int32 tensor). */
  mean(x: tfjs.Tensor, axes: tfjs.Tensor): tfjs.Tensor;
  /** Element-wise `name` ∈ Relu, Relu6, Elu, Tanh, Sigmoid, Floor. */
  unary(name: "Relu" | "Relu6" | "Elu" | "Tanh" | "Sigmoid" | "Floor", x: tfjs.Tensor): tfjs.Tensor;
  /** `dx` of an activation from `dy` and the activation's output `y`. */
  activationGrad(name: "Relu" | "Relu6" | "Elu" | "Tanh" | "Sigmoid", dy: tfjs.Tensor, y: tfjs.Tensor): tfjs.Tensor;
  binary(name: "Mul" | "AddV2" | "Sub", a: tfjs.Tensor, b: tfjs.Tensor): tfjs.Tensor;
  /** `x` where x > 0, else `alpha`·x. */
  leakyRelu(x: tfjs.Tensor, alpha: number): tfjs.Tensor;
  /** `dx` of {@link NativeOps.leakyRelu} from `dy` and its output `y` (alpha ≥ 0: y > 0 ⇔ x > 0). */
  leakyReluGrad(dy: tfjs.Tensor, y: tfjs.Tensor, alpha: number): tfjs.Tensor;
  /**
   * Batch normalisation of NHWC `x` over N·H·W with the batch's own statistics (training mode).
   * Returns `y`, the batch mean, the batch variance with Bessel's correction (n/(n−1), as TensorFlow
   * reports it) and the three tensors {@link NativeOps.fusedBatchNormGrad} needs.
   */
  fusedBatchNorm(x: tfjs.Tensor, scale: tfjs.Tensor, offset: tfjs.Tensor, epsilon: number): { y: tfjs.Tensor; mean: tfjs.Tensor; unbiasedVariance: tfjs.Tensor; reserve: tfjs.Tensor[] };
  /** `[dx, d scale, d offset]` of {@link NativeOps.fusedBatchNorm}. */
  fusedBatchNormGrad(dy: tfjs.Tensor, x: tfjs.Tensor, scale: tfjs.Tensor, reserve: readonly tfjs.Tensor[], epsilon: number): [tfjs.Tensor, tfjs.Tensor, tfjs.Tensor];
  /** `[loss per row, d loss / d logits]` of softmax cross-entropy against one-hot (or soft) `labels`. */
  softmaxCrossEntropyWithLogits(logits: tfjs.Tensor, labels: tfjs.Tensor): [tfjs.Tensor, tfjs.Tensor];
  /** How many rows have the same argmax in `a` and `b` (float32 scalar). */
  countArgMaxEqual(a: tfjs.Tensor, b: tfjs.Tensor): tfjs.Tensor;
  /** Uniform [0, 1) noise of `shape`, a pure function of `seed` (two int32 values). */
  statelessRandomUniform(shape: tfjs.Tensor, seed: tfjs.Tensor): tfjs.Tensor;
  /** A kept int32 vector (a shape, axes), made once per distinct value and reused. */
  ints(values: readonly number[]): tfjs.Tensor;
  /** A new int32 vector for one call (a per-step seed): not kept, the surrounding `tf.tidy` frees it. */
  freshInts(values: readonly number[]): tfjs.Tensor;
  /** A kept float32 scalar, made once per distinct value and reused. */
  float(value: number): tfjs.Tensor;
  /** A kept tensor made by `make` the first time `key` is asked for. */
  constant(key: string, make: () => tfjs.Tensor): tfjs.Tensor;
  /** Free the constants made by `ints`, `float` and `constant`. */
  dispose(): void;
}

/** The native op runner of the active backend, or `undefined` when it is not tfjs-node (cpu, wasm). */
export function nativeOps(t: Tf): NativeOps | undefined {
  if (t.getBackend() !== "tensorflow") return undefined;
  const be = t.backend() as unknown as Partial<NodeBackend>;
  if (typeof be.executeSingleOutput !== "function" || typeof be.binding?.executeOp !== "function") return undefined;
  return createNativeOps(t, be as NodeBackend);
}

function createNativeOps(t: Tf, be: NodeBackend): NativeOps {
  const B = be.binding;
  const type = (name: string, value: number): NativeOpAttr => ({ name, type: B.TF_ATTR_TYPE, value });
  const intList = (name: string, value: number[]): NativeOpAttr => ({ name, type: B.TF_ATTR_INT, value });
  const str = (name: string, value: string): NativeOpAttr => ({ name, type: B.TF_ATTR_STRING, value });
  const bool = (name: string, value: boolean): NativeOpAttr => ({ name, type: B.TF_ATTR_BOOL, value });
  const float = (name: string, value: number): NativeOpAttr => ({ name, type: B.TF_ATTR_FLOAT, value });
  const T = type("T", B.TF_FLOAT);
  const NHWC = str("data_format", "NHWC");
  const onlyT = [T];
  const tNhwc = [T, NHWC];
  const one = (name: string, attrs: NativeOpAttr[], inputs: tfjs.Tensor[]): tfjs.Tensor => be.executeSingleOutput(name, attrs, inputs);

  // Attribute lists are built once per distinct geometry and reused (the binding reads them per call).
  const cache = new Map<string, NativeOpAttr[]>();
  const memo = (key: string, make: () => NativeOpAttr[]): NativeOpAttr[] => {
    let attrs = cache.get(key);
    if (!attrs) cache.set(key, (attrs = make()));
    return attrs;
  };
  const convAttrs = (w: Window2d, d: readonly [number, number]): NativeOpAttr[] =>
    memo(`conv ${w.strides} ${w.padding} ${d}`, () => [
      T,
      intList("strides", [1, w.strides[0], w.strides[1], 1]),
      str("padding", w.padding),
      NHWC,
      bool("use_cudnn_on_gpu", true),
      intList("dilations", [1, d[0], d[1], 1]),
    ]);
  const poolAttrs = (p: readonly [number, number], w: Window2d): NativeOpAttr[] =>
    memo(`pool ${p} ${w.strides} ${w.padding}`, () => [T, intList("ksize", [1, p[0], p[1], 1]), intList("strides", [1, w.strides[0], w.strides[1], 1]), str("padding", w.padding), NHWC]);
  const matMulAttrs = [false, true].map((a) => [false, true].map((b) => [T, bool("transpose_a", a), bool("transpose_b", b)]));
  const reshapeAttrs = [T, type("Tshape", B.TF_INT32)];
  const broadcastAttrs = [T, type("Tidx", B.TF_INT32)];
  const meanAttrs = [bool("keep_dims", false), T, type("Tidx", B.TF_INT32)];
  const argMaxAttrs = [T, type("Tidx", B.TF_INT32), type("output_type", B.TF_INT32)];
  const equalAttrs = [type("T", B.TF_INT32), bool("incompatible_shape_error", true)];
  const castAttrs = [type("SrcT", B.TF_BOOL), type("DstT", B.TF_FLOAT), bool("Truncate", false)];
  const sumAttrs = [bool("keep_dims", false), T, type("Tidx", B.TF_INT32)];
  const randomAttrs = [type("dtype", B.TF_FLOAT), type("T", B.TF_INT32), type("Tseed", B.TF_INT32)];
  const constants = new Map<string, tfjs.Tensor>();
  const constant = (key: string, make: () => tfjs.Tensor): tfjs.Tensor => {
    let c = constants.get(key);
    if (!c) constants.set(key, (c = t.keep(make())));
    return c;
  };
  const ints = (values: readonly number[]): tfjs.Tensor => constant(`i${values}`, () => t.tensor1d(values as number[], "int32"));
  const batchNormAttrs = (epsilon: number, forward: boolean): NativeOpAttr[] =>
    memo(`bn ${epsilon} ${forward}`, () => [
      T,
      type("U", B.TF_FLOAT),
      float("epsilon", epsilon),
      ...(forward ? [float("exponential_avg_factor", 1)] : []),
      NHWC,
      bool("is_training", true),
    ]);

  return {
    conv2d: (x, f, w, d) => one("Conv2D", convAttrs(w, d), [x, f]),
    conv2dBackpropFilter: (x, fs, dy, w, d) => one("Conv2DBackpropFilter", convAttrs(w, d), [x, fs, dy]),
    conv2dBackpropInput: (xs, f, dy, w, d) => one("Conv2DBackpropInput", convAttrs(w, d), [xs, f, dy]),
    biasAdd: (x, b) => one("BiasAdd", tNhwc, [x, b]),
    biasAddGrad: (dy) => one("BiasAddGrad", tNhwc, [dy]),
    matMul: (a, b, ta, tb) => one("MatMul", matMulAttrs[+ta]![+tb]!, [a, b]),
    maxPool: (x, p, w) => one("MaxPool", poolAttrs(p, w), [x]),
    maxPoolGrad: (x, y, dy, p, w) => one("MaxPoolGrad", poolAttrs(p, w), [x, y, dy]),
    avgPool: (x, p, w) => one("AvgPool", poolAttrs(p, w), [x]),
    avgPoolGrad: (xs, dy, p, w) => one("AvgPoolGrad", poolAttrs(p, w), [xs, dy]),
    reshape: (x, s) => one("Reshape", reshapeAttrs, [x, s]),
    broadcastTo: (x, s) => one("BroadcastTo", broadcastAttrs, [x, s]),
    mean: (x, axes) => one("Mean", meanAttrs, [x, axes]),
    unary: (name, x) => one(name, onlyT, [x]),
    activationGrad: (name, dy, y) => {
      switch (name) {
        case "Relu":
        case "Relu6":
          return one(`${name}Grad`, onlyT, [dy, y]); // (gradients, features): y > 0 ⇔ x > 0, y < 6 ⇔ x < 6
        case "Elu":
          return one("EluGrad", onlyT, [dy, y]); // (gradients, outputs)
        case "Tanh":
        case "Sigmoid":
          return one(`${name}Grad`, onlyT, [y, dy]); // (y, dy)
      }
    },
    binary: (name, a, b) => one(name, onlyT, [a, b]),
    leakyRelu: (x, alpha) => one("LeakyRelu", memo(`leaky ${alpha}`, () => [T, float("alpha", alpha)]), [x]),
    leakyReluGrad: (dy, y, alpha) => one("LeakyReluGrad", memo(`leaky ${alpha}`, () => [T, float("alpha", alpha)]), [dy, y]),
    fusedBatchNorm: (x, scale, offset, epsilon) => {
      const empty = constant("empty", () => t.tensor1d([], "float32")); // training mode: no running statistics in
      const [y, mean, unbiasedVariance, ...reserve] = be.executeMultipleOutputs("FusedBatchNormV3", batchNormAttrs(epsilon, true), [x, scale, offset, empty, empty], 6);
      return { y: y!, mean: mean!, unbiasedVariance: unbiasedVariance!, reserve };
    },
    fusedBatchNormGrad: (dy, x, scale, reserve, epsilon) => {
      const [dx, dScale, dOffset, ...rest] = be.executeMultipleOutputs("FusedBatchNormGradV3", batchNormAttrs(epsilon, false), [dy, x, scale, ...reserve], 5);
      for (const r of rest) r.dispose();
      return [dx!, dScale!, dOffset!];
    },
    softmaxCrossEntropyWithLogits: (logits, labels) => be.executeMultipleOutputs("SoftmaxCrossEntropyWithLogits", onlyT, [logits, labels], 2) as [tfjs.Tensor, tfjs.Tensor],
    countArgMaxEqual: (a, b) => {
      const axis1 = constant("argmax axis", () => t.scalar(1, "int32"));
      const ia = one("ArgMax", argMaxAttrs, [a, axis1]);
      const ib = one("ArgMax", argMaxAttrs, [b, axis1]);
      const eq = one("Equal", equalAttrs, [ia, ib]);
      const f = one("Cast", castAttrs, [eq]);
      const n = one("Sum", sumAttrs, [f, ints([0])]);
      for (const x of [ia, ib, eq, f]) x.dispose();
      return n;
    },
    statelessRandomUniform: (shape, seed) => one("StatelessRandomUniform", randomAttrs, [shape, seed]),
    ints,
    freshInts: (values) => t.tensor1d(values as number[], "int32"),
    float: (value) => constant(`f${value}`, () => t.scalar(value, "float32")),
    constant,
    dispose: () => {
      for (const c of constants.values()) c.dispose();
      constants.clear();
    },
  };
}
