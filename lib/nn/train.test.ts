import { ArgumentRangeError, ArgumentTypeError } from "../core/errors";
import { tf } from "./backend";
import { evaluate, train, type BatchLogs, type EpochLogs, type TrainBeginInfo } from "./train";
import { seedSequence } from "./seed";

/** Two separable Gaussian blobs in 2-D, labels 0/1 — a problem a tiny model learns in a few steps. */
function blobs(n: number, seed: number) {
  const t = tf();
  return t.tidy(() => {
    const labels = t.randomUniform([n], 0, 2, "int32", seed);
    const centres = t.oneHot(labels, 2).mul(4).sub(2); // (2,−2) for class 0, (−2,2) for class 1
    return { xs: t.keep(centres.add(t.randomNormal([n, 2], 0, 0.5, "float32", seed + 1))), ys: t.keep(labels) };
  });
}

function smallModel(seed: number, activation: "softmax" | "linear" = "softmax") {
  const t = tf();
  const s = seedSequence(seed);
  return t.sequential({
    layers: [
      t.layers.dense({ inputShape: [2], units: 8, activation: "relu", kernelInitializer: t.initializers.glorotUniform({ seed: s.next() }) }),
      t.layers.dense({ units: 2, activation, kernelInitializer: t.initializers.glorotUniform({ seed: s.next() }) }),
    ],
  });
}

describe("train", () => {
  it("lowers the loss and reaches high accuracy on separable data", async () => {
    const t = tf();
    const data = blobs(256, 1);
    const model = smallModel(1);
    const before = evaluate(model, data);
    const history = await train(model, data, { epochs: 5, batchSize: 32, learningRate: 0.05, seed: 1 });
    const after = evaluate(model, data);
    expect(history.loss[4]).toBeLessThan(history.loss[0]!);
    expect(after.loss).toBeLessThan(before.loss / 3);
    expect(after.accuracy).toBeGreaterThan(0.95);
    model.dispose();
    t.dispose([data.xs, data.ys]);
  });

  it.each(["native", "tfjs"] as const)("leaks no tensor (%s engine): numTensors is the same after every epoch, and after the call as before", async (engine) => {
    const t = tf();
    const data = blobs(100, 2);
    const val = blobs(40, 3);
    for (const make of [() => "adam" as const, () => "sgd" as const, () => t.train.adam(0.01)]) {
      const model = smallModel(2, "linear");
      const before = t.memory().numTensors;
      const optimizer = make();
      const h = await train(model, data, { epochs: 3, batchSize: 16, optimizer, validationData: val, engine });
      const counts = h.epochs.map((e) => e.numTensors);
      expect(new Set(counts).size).toBe(1);
      if (typeof optimizer !== "string") optimizer.dispose(); // a caller's optimiser keeps its moments until then
      expect(t.memory().numTensors).toBe(before);
      model.dispose();
    }
    t.dispose([data.xs, data.ys, val.xs, val.ys]);
  });

  it("adds the layers' weight penalties (kernelRegularizer) to the training loss: strong L2 shrinks the weights", async () => {
    const t = tf();
    const data = blobs(128, 5);
    const make = (l2: number) => {
      const s = seedSequence(9);
      return t.sequential({
        layers: [
          t.layers.dense({ inputShape: [2], units: 8, activation: "relu", kernelInitializer: t.initializers.glorotUniform({ seed: s.next() }), ...(l2 > 0 ? { kernelRegularizer: t.regularizers.l2({ l2 }) } : {}) }),
          t.layers.dense({ units: 2, kernelInitializer: t.initializers.glorotUniform({ seed: s.next() }) }),
        ],
      });
    };
    const norm = (m: ReturnType<typeof make>) => t.tidy(() => m.layers[0]!.getWeights()[0]!.square().sum().dataSync()[0]!);
    const plain = make(0);
    const decayed = make(0.5);
    const hPlain = await train(plain, data, { epochs: 4, batchSize: 32, learningRate: 0.05, seed: 3 });
    const hDecayed = await train(decayed, data, { epochs: 4, batchSize: 32, learningRate: 0.05, seed: 3 });
    expect(norm(decayed)).toBeLessThan(norm(plain) / 4);
    // the reported loss includes the penalty: above the data loss evaluate() measures
    expect(hDecayed.loss[3]).toBeGreaterThan(evaluate(decayed, data).loss);
    expect(hPlain.loss[3]).toBeLessThan(hDecayed.loss[3]!);
    plain.dispose();
    decayed.dispose();
    t.dispose([data.xs, data.ys]);
  });

  it("reports progress through callbacks in order, with epochs and batches numbered from 1", async () => {
    const t = tf();
    const data = blobs(50, 4);
    const model = smallModel(4);
    const events: string[] = [];
    const batchLogs: BatchLogs[] = [];
    const epochLogs: EpochLogs[] = [];
    const history = await train(model, data, {
      epochs: 2,
      batchSize: 20,
      validationData: data,
      callbacks: [
        {
          onTrainBegin: (i) => events.push(`begin ${i.epochs}×${i.batchesPerEpoch} ${i.samples}`),
          onEpochBegin: (e) => events.push(`epoch ${e}`),
          onBatchEnd: (l) => (batchLogs.push(l), events.push(`batch ${l.epoch}.${l.batch}`)),
          onEpochEnd: (l) => (epochLogs.push(l), events.push(`end ${l.epoch}`)),
          onTrainEnd: (h) => events.push(`done ${h.epochs.length}`),
        },
        { onEpochEnd: () => events.push("second hook") },
      ],
    });
    expect(events).toEqual([
      "begin 2×3 50",
      "epoch 1", "batch 1.1", "batch 1.2", "batch 1.3", "end 1", "second hook",
      "epoch 2", "batch 2.1", "batch 2.2", "batch 2.3", "end 2", "second hook",
      "done 2",
    ]);
    expect(batchLogs.map((l) => l.samples)).toEqual([20, 40, 50, 20, 40, 50]);
    for (const l of batchLogs) expect(l.samplesPerSecond).toBeGreaterThan(0);
    expect(epochLogs[1]!.valLoss).toBeDefined();
    expect(history.valAccuracy).toHaveLength(2);
    // the epoch loss is the sample-weighted mean of the batch losses
    const b = batchLogs.slice(0, 3);
    expect(epochLogs[0]!.loss).toBeCloseTo((b[0]!.loss * 20 + b[1]!.loss * 20 + b[2]!.loss * 10) / 50, 5);
    model.dispose();
    t.dispose([data.xs, data.ys]);
  });

  it("stops after the current batch when the signal aborts", async () => {
    const t = tf();
    const data = blobs(100, 5);
    const model = smallModel(5);
    const controller = new AbortController();
    let batches = 0;
    const h = await train(model, data, {
      epochs: 10,
      batchSize: 10,
      signal: controller.signal,
      callbacks: { onBatchEnd: (l) => (batches++, l.epoch === 2 && l.batch === 3 && controller.abort()) },
    });
    expect(h.stopped).toBe(true);
    expect(batches).toBe(13);
    expect(h.epochs.map((e) => e.complete)).toEqual([true, false]);
    model.dispose();
    t.dispose([data.xs, data.ys]);
  });

  it("is reproducible: same seeds, same losses", async () => {
    const t = tf();
    const data = blobs(64, 6);
    const run = async () => {
      const model = smallModel(7);
      const h = await train(model, data, { epochs: 2, batchSize: 16, seed: 3 });
      model.dispose();
      return h.loss;
    };
    expect(await run()).toEqual(await run());
    t.dispose([data.xs, data.ys]);
  });

  it("trains with the native engine when it can, to the same weights as TensorFlow.js's tape, with any optimiser", async () => {
    const t = tf();
    const data = blobs(96, 8);
    for (const optimizer of ["adam", "sgd", "momentum"] as const) {
      const weights: Float32Array[][] = [];
      const engines: string[] = [];
      for (const engine of ["native", "tfjs"] as const) {
        const model = smallModel(9);
        const opt = optimizer === "momentum" ? t.train.momentum(0.05, 0.9) : optimizer;
        await train(model, data, { epochs: 2, batchSize: 16, optimizer: opt, learningRate: optimizer === "momentum" ? undefined : 0.05, engine, callbacks: { onTrainBegin: (i) => engines.push(i.engine) } });
        weights.push(model.getWeights().map((w) => w.dataSync() as Float32Array));
        if (typeof opt !== "string") opt.dispose();
        model.dispose();
      }
      expect(engines).toEqual(["native", "tfjs"]);
      weights[0]!.forEach((w, i) => w.forEach((v, j) => expect(v).toBeCloseTo(weights[1]![i]![j]!, 4)));
    }
    t.dispose([data.xs, data.ys]);
  });

  it("falls back to the tape under engine \"auto\" and says why; engine \"native\" refuses such a model", async () => {
    const t = tf();
    const data = blobs(32, 9);
    const model = t.sequential({ layers: [t.layers.dense({ inputShape: [2], units: 4 }), t.layers.layerNormalization(), t.layers.dense({ units: 2, activation: "softmax" })] });
    let info: TrainBeginInfo | undefined;
    await train(model, data, { epochs: 1, batchSize: 16, callbacks: { onTrainBegin: (i) => (info = i) } });
    expect(info?.engine).toBe("tfjs");
    expect(info?.engineNote).toMatch(/LayerNormalization\) has no native backward pass/);
    await expect(train(model, data, { engine: "native" })).rejects.toThrow(ArgumentRangeError);
    await expect(train(model, data, { engine: "native" })).rejects.toThrow(/options\.engine: the native engine cannot train this model: layer 1/);
    model.dispose();
    t.dispose([data.xs, data.ys]);
  });

  it("rejects bad arguments, naming them", async () => {
    const t = tf();
    const data = blobs(8, 7);
    const model = smallModel(8);
    await expect(train({} as never, data)).rejects.toThrow(ArgumentTypeError);
    await expect(train(model, { xs: data.xs, ys: t.zeros([3]) })).rejects.toThrow(/data/);
    await expect(train(model, data, { epochs: 0 })).rejects.toThrow(ArgumentRangeError);
    await expect(train(model, data, { batchSize: 1.5 })).rejects.toThrow(/options\.batchSize/);
    await expect(train(model, data, { optimizer: "lbfgs" as never })).rejects.toThrow(/options\.optimizer/);
    await expect(train(model, data, { learningRate: -1 })).rejects.toThrow(/options\.learningRate/);
    await expect(train(model, data, { loss: "mse" as never })).rejects.toThrow(/options\.loss/);
    await expect(train(model, data, { signal: {} as never })).rejects.toThrow(/options\.signal/);
    await expect(train(model, data, { engine: "xla" as never })).rejects.toThrow(/options\.engine/);
    model.dispose();
    t.dispose([data.xs, data.ys]);
  });
});
