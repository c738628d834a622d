import type * as tfjs from "@tensorflow/tfjs";
import { tf } from "./backend";
import { compileNativeStep, type NativeStep } from "./nativeStep";
import { createLenet5 } from "./models/lenet5";
import { seedSequence } from "./seed";

type LossKind = "categoricalCrossentropy" | "softmaxCrossEntropy";

/** Seeded inputs and one-hot labels. */
function batch(shape: number[], classes: number, seed: number): { xs: tfjs.Tensor; ys: tfjs.Tensor } {
  const t = tf();
  return t.tidy(() => ({
    xs: t.keep(t.randomNormal(shape, 0, 1, "float32", seed)),
    ys: t.keep(t.oneHot(t.randomUniform([shape[0]!], 0, classes, "int32", seed + 1), classes).toFloat()),
  }));
}

/** Gradients by TensorFlow.js's tape, same loss as the native step (no clipping: the probabilities of these small random models stay far from 1e-7). */
function tapeGrads(model: tfjs.LayersModel, variables: tfjs.Variable[], lossKind: LossKind, xs: tfjs.Tensor, ys: tfjs.Tensor): { loss: number; grads: Float32Array[] } {
  const t = tf();
  return t.tidy(() => {
    const { value, grads } = t.variableGrads(() => {
      const out = model.apply(xs, { training: true }) as tfjs.Tensor;
      const logp = lossKind === "categoricalCrossentropy" ? t.log(out) : t.logSoftmax(out);
      return t.neg(t.mean(t.sum(t.mul(ys, logp), -1))) as tfjs.Scalar;
    }, variables);
    return { loss: value.dataSync()[0]!, grads: variables.map((v) => grads[v.name]!.dataSync() as Float32Array) };
  });
}

function nativeGrads(step: NativeStep, xs: tfjs.Tensor, ys: tfjs.Tensor): { loss: number; correct: number; grads: Float32Array[] } {
  const t = tf();
  return t.tidy(() => {
    const r = step.run(xs, ys);
    return { loss: r.loss.dataSync()[0]!, correct: r.correct.dataSync()[0]!, grads: r.grads.map((g) => g.dataSync() as Float32Array) };
  });
}

function compile(model: tfjs.LayersModel, lossKind: LossKind, seed = 0): { step: NativeStep; variables: tfjs.Variable[] } {
  const variables = model.trainableWeights.map((w) => w.read() as tfjs.Variable);
  const step = compileNativeStep(tf(), model, variables, lossKind, seed);
  if (typeof step === "string") throw new Error(`expected the native step to compile, got: ${step}`);
  return { step, variables };
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}
const maxAbs = (a: Float32Array): number => a.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

const init = (s: ReturnType<typeof seedSequence>) => ({ kernelInitializer: tf().initializers.glorotUniform({ seed: s.next() }), biasInitializer: tf().initializers.randomNormal({ stddev: 0.1, seed: s.next() }) });

/** Models covering every supported layer type and option; each is [name, builder, loss, input shape, classes]. */
const CASES: [string, () => tfjs.LayersModel, LossKind, number[], number][] = [
  ["LeNet-5 (conv same/valid, relu, avg-pool, flatten, dense, softmax)", () => createLenet5({ seed: 3 }), "categoricalCrossentropy", [6, 28, 28, 1], 10],
  [
    "strided same conv + tanh, max-pool same/strided, dense sigmoid, linear logits",
    () => {
      const t = tf();
      const s = seedSequence(5);
      return t.sequential({
        layers: [
          t.layers.conv2d({ inputShape: [11, 13, 3], filters: 4, kernelSize: 3, strides: 2, padding: "same", activation: "tanh", ...init(s) }),
          t.layers.maxPooling2d({ poolSize: 3, strides: 1, padding: "same" }),
          t.layers.conv2d({ filters: 5, kernelSize: [2, 3], padding: "valid", activation: "relu6", ...init(s) }),
          t.layers.maxPooling2d({ poolSize: 2 }),
          t.layers.flatten(),
          t.layers.dense({ units: 7, activation: "sigmoid", ...init(s) }),
          t.layers.dense({ units: 4, ...init(s) }),
        ],
      });
    },
    "softmaxCrossEntropy",
    [5, 11, 13, 3],
    4,
  ],
  [
    "conv + elu, average-pool same, 1×1 conv, global average pool, Activation layers",
    () => {
      const t = tf();
      const s = seedSequence(7);
      return t.sequential({
        layers: [
          t.layers.conv2d({ inputShape: [12, 12, 2], filters: 6, kernelSize: 3, activation: "elu", ...init(s) }),
          t.layers.averagePooling2d({ poolSize: 3, strides: 2, padding: "same" }),
          t.layers.conv2d({ filters: 8, kernelSize: 1, ...init(s) }),
          t.layers.activation({ activation: "relu" }),
          t.layers.globalAveragePooling2d({}),
          t.layers.dense({ units: 3, ...init(s) }),
          t.layers.activation({ activation: "softmax" }),
        ],
      });
    },
    "categoricalCrossentropy",
    [4, 12, 12, 2],
    3,
  ],
  [
    "an explicit input layer, layers without bias, a frozen layer, zero dropout",
    () => {
      const t = tf();
      const s = seedSequence(9);
      const frozen = t.layers.dense({ units: 6, activation: "relu", ...init(s) });
      frozen.trainable = false;
      return t.sequential({
        layers: [
          t.layers.inputLayer({ inputShape: [6, 6, 1] }),
          t.layers.conv2d({ filters: 3, kernelSize: 3, useBias: false, activation: "relu", ...init(s) }),
          t.layers.flatten(),
          t.layers.dropout({ rate: 0 }),
          t.layers.dense({ units: 8, useBias: false, activation: "tanh", ...init(s) }),
          frozen,
          t.layers.dense({ units: 5, activation: "softmax", ...init(s) }),
        ],
      });
    },
    "categoricalCrossentropy",
    [7, 6, 6, 1],
    5,
  ],
  [
    "batch normalisation after a conv (rank 4) and after a dense layer (rank 2); ReLU, ReLU(6) and LeakyReLU layers",
    () => {
      const t = tf();
      const s = seedSequence(21);
      return t.sequential({
        layers: [
          t.layers.conv2d({ inputShape: [8, 8, 2], filters: 4, kernelSize: 3, ...init(s) }),
          t.layers.batchNormalization({ momentum: 0.9, epsilon: 1e-3 }),
          t.layers.reLU(),
          t.layers.maxPooling2d({ poolSize: 2 }),
          t.layers.flatten(),
          t.layers.dense({ units: 6, ...init(s) }),
          t.layers.leakyReLU({ alpha: 0.1 }), // not TensorFlow's default 0.2: the attribute must reach the kernel
          t.layers.dense({ units: 5, ...init(s) }),
          t.layers.reLU({ maxValue: 6 }),
          t.layers.dense({ units: 6, ...init(s) }),
          t.layers.batchNormalization({}),
          t.layers.activation({ activation: "tanh" }),
          t.layers.dense({ units: 3, activation: "softmax", ...init(s) }),
        ],
      });
    },
    "categoricalCrossentropy",
    [6, 8, 8, 2],
    3,
  ],
];

describe("compileNativeStep", () => {
  it.each(CASES)("gives TensorFlow.js's gradients, loss and accuracy: %s", (_name, build, lossKind, shape, classes) => {
    const t = tf();
    const model = build();
    const { xs, ys } = batch(shape, classes, 11);
    const { step, variables } = compile(model, lossKind);
    const before = t.memory().numTensors;
    const native = nativeGrads(step, xs, ys);
    const tape = tapeGrads(model, variables, lossKind, xs, ys);
    expect(native.loss).toBeCloseTo(tape.loss, 5);
    expect(native.grads).toHaveLength(variables.length);
    native.grads.forEach((g, i) => {
      // relative to the gradient's own scale: float32 summation order differs between kernels
      expect(maxAbsDiff(g, tape.grads[i]!)).toBeLessThanOrEqual(1e-5 * Math.max(1, maxAbs(tape.grads[i]!)));
      expect(maxAbs(g)).toBeGreaterThan(0);
    });
    const predicted = t.tidy(() => t.equal(t.argMax(model.apply(xs, { training: true }) as tfjs.Tensor, -1), t.argMax(ys, -1)).sum().dataSync()[0]!); // training mode: batch norm uses the batch's statistics
    expect(native.correct).toBe(predicted);
    step.dispose();
    expect(t.memory().numTensors).toBeLessThanOrEqual(before); // nothing left behind (≤: assigning batch norm's moving statistics frees their initial values)
    model.dispose();
    t.dispose([xs, ys]);
  });

  it("differentiates dilated convolutions (TensorFlow.js cannot): as a 5×5 convolution with the 3×3 kernel spread out", () => {
    const t = tf();
    const s = seedSequence(12);
    const dilated = t.sequential({ layers: [t.layers.conv2d({ inputShape: [9, 9, 2], filters: 3, kernelSize: 3, dilationRate: 2, activation: "relu", ...init(s) }), t.layers.flatten(), t.layers.dense({ units: 4, activation: "softmax", ...init(s) })] });
    const spread = t.sequential({ layers: [t.layers.conv2d({ inputShape: [9, 9, 2], filters: 3, kernelSize: 5, activation: "relu" }), t.layers.flatten(), t.layers.dense({ units: 4, activation: "softmax" })] });
    const [k3, ...rest] = dilated.getWeights();
    const k5 = t.tidy(() => {
      const k = k3!.arraySync() as number[][][][];
      const out = Array.from({ length: 5 }, (_, i) => Array.from({ length: 5 }, (_, j) => (i % 2 === 0 && j % 2 === 0 ? k[i / 2]![j / 2]! : k[0]![0]!.map((c) => c.map(() => 0)))));
      return t.tensor4d(out);
    });
    spread.setWeights([k5, ...rest]);
    const { xs, ys } = batch([3, 9, 9, 2], 4, 13);
    const { step } = compile(dilated, "categoricalCrossentropy");
    const native = nativeGrads(step, xs, ys);
    const tape = tapeGrads(spread, spread.trainableWeights.map((w) => w.read() as tfjs.Variable), "categoricalCrossentropy", xs, ys);
    expect(native.loss).toBeCloseTo(tape.loss, 5);
    const g5 = tape.grads[0]!; // [5, 5, 2, 3]
    const g3 = native.grads[0]!; // [3, 3, 2, 3]
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) for (let c = 0; c < 6; c++) expect(g3[(i * 3 + j) * 6 + c]).toBeCloseTo(g5[(2 * i * 5 + 2 * j) * 6 + c]!, 5);
    for (let v = 1; v < native.grads.length; v++) expect(maxAbsDiff(native.grads[v]!, tape.grads[v]!)).toBeLessThan(1e-5);
    step.dispose();
    t.dispose([k5, xs, ys]);
    dilated.dispose();
    spread.dispose();
  });

  it("updates batch norm's moving mean and variance as tf.layers.batchNormalization does in training", () => {
    const t = tf();
    const build = CASES[4]![1];
    const [a, b] = [build(), build()];
    b.setWeights(a.getWeights());
    const { xs, ys } = batch([6, 8, 8, 2], 3, 31);
    const { step } = compile(a, "categoricalCrossentropy");
    for (let i = 0; i < 2; i++) {
      t.tidy(() => void step.run(xs, ys));
      t.tidy(() => void b.apply(xs, { training: true }));
    }
    const moving = (m: tfjs.LayersModel) => m.weights.filter((w) => /moving_(mean|variance)$/.test(w.name)).map((w) => w.read().dataSync() as Float32Array);
    const [ma, mb] = [moving(a), moving(b)];
    expect(ma).toHaveLength(4);
    ma.forEach((v, i) => {
      expect(maxAbsDiff(v, mb[i]!)).toBeLessThan(1e-5);
      expect(maxAbs(v.map((x) => x - (i % 2 === 0 ? 0 : 1)))).toBeGreaterThan(1e-3); // moved away from the initial 0 (mean) / 1 (variance)
    });
    step.dispose();
    a.dispose();
    b.dispose();
    t.dispose([xs, ys]);
  });

  it("trains batch norm without scale or centre (TensorFlow.js's layer cannot): as γ = 1, β = 0 held fixed", () => {
    const t = tf();
    const build = (bare: boolean) => {
      const s = seedSequence(23);
      return t.sequential({
        layers: [
          t.layers.dense({ inputShape: [5], units: 4, ...init(s) }),
          t.layers.batchNormalization(bare ? { center: false, scale: false } : {}),
          t.layers.dense({ units: 3, activation: "softmax", ...init(s) }),
        ],
      });
    };
    const [bare, full] = [build(true), build(false)];
    const { xs, ys } = batch([8, 5], 3, 41);
    const { step } = compile(bare, "categoricalCrossentropy");
    const native = nativeGrads(step, xs, ys); // dense kernel, dense bias, out kernel, out bias
    const tape = tapeGrads(full, full.trainableWeights.map((w) => w.read() as tfjs.Variable), "categoricalCrossentropy", xs, ys); // … plus γ, β in the middle
    expect(native.loss).toBeCloseTo(tape.loss, 5);
    expect(native.grads).toHaveLength(4);
    [0, 1, 4, 5].forEach((ti, ni) => expect(maxAbsDiff(native.grads[ni]!, tape.grads[ti]!)).toBeLessThan(1e-5));
    step.dispose();
    bare.dispose();
    full.dispose();
    t.dispose([xs, ys]);
  });

  it("keeps no tensor after dispose(), and runs on a smaller last batch", () => {
    const t = tf();
    const model = createLenet5({ seed: 1 });
    const start = t.memory().numTensors;
    const { step } = compile(model, "categoricalCrossentropy");
    for (const n of [8, 3]) {
      const { xs, ys } = batch([n, 28, 28, 1], 10, n);
      const r = nativeGrads(step, xs, ys);
      expect(r.grads.every((g) => g.every(Number.isFinite))).toBe(true);
      t.dispose([xs, ys]);
    }
    expect(t.memory().numTensors).toBeGreaterThan(start);
    step.dispose();
    expect(t.memory().numTensors).toBe(start);
    model.dispose();
  });

  it("drops units with dropout: a seeded mask, zero gradient rows where dropped, the rest scaled by 1/(1 − rate)", () => {
    const t = tf();
    const s = seedSequence(4);
    const model = t.sequential({ layers: [t.layers.flatten({ inputShape: [20, 20, 1] }), t.layers.dropout({ rate: 0.5 }), t.layers.dense({ units: 3, activation: "softmax", ...init(s) })] });
    const { xs, ys } = batch([1, 20, 20, 1], 3, 2);
    const x = xs.dataSync();
    const a = compile(model, "categoricalCrossentropy", 1);
    const [dropped, dz] = nativeGrads(a.step, xs, ys).grads as [Float32Array, Float32Array]; // kernel [400, 3], bias [3] = d loss / d logits
    // one sample: d loss / d kernel[r, c] = x[r] · mask[r] · dz[c], with mask ∈ {0, 2}
    let zeroRows = 0;
    for (let r = 0; r < 400; r++) {
      const row = [0, 1, 2].map((c) => dropped[r * 3 + c]!);
      if (row.every((v) => v === 0)) zeroRows++;
      else row.forEach((v, c) => expect(v).toBeCloseTo(2 * x[r]! * dz[c]!, 5));
    }
    expect(zeroRows).toBeGreaterThan(150);
    expect(zeroRows).toBeLessThan(250);
    // the mask is a function of (seed, step number): a fresh step with the same seed repeats it, the next step differs
    const again = compile(model, "categoricalCrossentropy", 1);
    const first = nativeGrads(again.step, xs, ys).grads[0]!;
    expect(maxAbsDiff(first, dropped)).toBe(0);
    const alive = t.memory().numTensors;
    const second = nativeGrads(again.step, xs, ys).grads[0]!;
    expect(maxAbsDiff(second, dropped)).toBeGreaterThan(0);
    expect(t.memory().numTensors).toBe(alive); // a new mask every step, no new tensor kept
    a.step.dispose();
    again.step.dispose();
    model.dispose();
    t.dispose([xs, ys]);
  });

  it("says why it cannot compile a model, naming the layer", () => {
    const t = tf();
    const reason = (model: tfjs.LayersModel, lossKind: LossKind = "categoricalCrossentropy"): string => {
      const r = compileNativeStep(t, model, model.trainableWeights.map((w) => w.read()), lossKind, 0);
      model.dispose();
      expect(typeof r).toBe("string");
      return r as string;
    };
    const input = t.input({ shape: [4] });
    expect(reason(t.model({ inputs: input, outputs: t.layers.dense({ units: 2, activation: "softmax" }).apply(input) as tfjs.SymbolicTensor }))).toMatch(/functional model \(Model\): only Sequential/);
    expect(reason(t.sequential({ layers: [t.layers.dense({ inputShape: [4], units: 3 }), t.layers.layerNormalization(), t.layers.dense({ units: 2, activation: "softmax" })] }))).toMatch(/layer 1 \(.*LayerNormalization\) has no native backward pass/);
    expect(reason(t.sequential({ layers: [t.layers.dense({ inputShape: [4], units: 2, activation: "softmax", kernelRegularizer: t.regularizers.l2() })] }))).toMatch(/kernelRegularizer/);
    expect(reason(t.sequential({ layers: [t.layers.dense({ inputShape: [4], units: 3, activation: "softplus" }), t.layers.dense({ units: 2, activation: "softmax" })] }))).toMatch(/activation softplus/);
    expect(reason(t.sequential({ layers: [t.layers.dense({ inputShape: [4], units: 2, activation: "sigmoid" })] }))).toMatch(/last layer's activation is sigmoid/);
    expect(reason(t.sequential({ layers: [t.layers.dense({ inputShape: [4], units: 3 }), t.layers.reLU({ maxValue: 2 }), t.layers.dense({ units: 2, activation: "softmax" })] }))).toMatch(/ReLU\): maxValue 2/);
    expect(reason(t.sequential({ layers: [t.layers.dense({ inputShape: [4], units: 2 })] }))).toMatch(/last layer's activation is linear \(the categoricalCrossentropy loss needs softmax\)/);
    expect(reason(t.sequential({ layers: [t.layers.dense({ inputShape: [4], units: 2 }), t.layers.dropout({ rate: 0.1 })] }))).toMatch(/does not end in a softmax/);
    expect(reason(t.sequential({ layers: [t.layers.dense({ inputShape: [3, 4], units: 2, activation: "softmax" })] }))).toMatch(/rank 3 \(only rank 2/);
    expect(reason(t.sequential({ layers: [t.layers.conv2d({ inputShape: [4, 4, 1], filters: 2, kernelSize: 1 })] }), "softmaxCrossEntropy")).toMatch(/output has rank 4/);
    const shared = t.layers.dense({ units: 3, activation: "relu" });
    const other = t.sequential({ layers: [t.layers.dense({ inputShape: [5], units: 5 }), shared] });
    expect(reason(t.sequential({ layers: [t.layers.dense({ inputShape: [4], units: 5 }), shared, t.layers.dense({ units: 2, activation: "softmax" })] }))).toMatch(/layer 1 .* is shared with another model/);
    other.dispose();
  });
});
