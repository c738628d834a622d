import { tf } from "./backend";
import { learningRateRangeTest } from "./learningRateRangeTest";
import { seedSequence } from "./seed";

function problem(n: number) {
  const t = tf();
  return t.tidy(() => {
    const labels = t.randomUniform([n], 0, 3, "int32", 4);
    const xs = t.oneHot(labels, 3).mul(2).add(t.randomNormal([n, 3], 0, 1, "float32", 5)); // overlapping classes: the loss cannot reach 0
    return { xs: t.keep(xs), ys: t.keep(t.oneHot(labels, 3).toFloat()) };
  });
}
const model = (seed: number) => {
  const t = tf();
  const s = seedSequence(seed);
  return t.sequential({ layers: [t.layers.dense({ inputShape: [3], units: 3, kernelInitializer: t.initializers.glorotUniform({ seed: s.next() }) })] });
};

describe("learningRateRangeTest", () => {
  it("sweeps the rate geometrically from min to max, one step each, and leaks no tensor", async () => {
    const t = tf();
    const data = problem(256);
    const m = model(1);
    const before = t.memory().numTensors;
    const r = await learningRateRangeTest(m, data, { minLearningRate: 1e-4, maxLearningRate: 1e-1, steps: 16, batchSize: 32, divergeFactor: 100 });
    expect(t.memory().numTensors).toBe(before);
    expect(r.learningRates).toHaveLength(16);
    expect(r.learningRates[0]).toBeCloseTo(1e-4, 12);
    expect(r.learningRates[15]).toBeCloseTo(1e-1, 10);
    expect(r.learningRates[1]! / r.learningRates[0]!).toBeCloseTo(Math.pow(1000, 1 / 15), 10);
    expect(r.losses).toHaveLength(16);
    // the first smoothed value is the first loss (bias correction), and the loss falls over the sweep
    expect(r.smoothed[0]).toBeCloseTo(r.losses[0]!, 6);
    expect(r.smoothed[15]).toBeLessThan(r.smoothed[0]!);
    m.dispose();
    t.dispose([data.xs, data.ys]);
  });

  it("stops early when the loss explodes, and suggests a tenth of the best rate", async () => {
    const t = tf();
    const data = problem(128);
    const m = model(2);
    const r = await learningRateRangeTest(m, data, { minLearningRate: 1e-3, maxLearningRate: 1e4, steps: 200, batchSize: 16 });
    expect(r.losses.length).toBeLessThan(200);
    const best = r.smoothed.indexOf(Math.min(...r.smoothed));
    expect(r.suggested).toBeCloseTo(r.learningRates[best]! / 10, 12);
    m.dispose();
    t.dispose([data.xs, data.ys]);
  });

  it("rejects bad arguments, naming them", async () => {
    const t = tf();
    const data = problem(8);
    const m = model(3);
    await expect(learningRateRangeTest(m, data, { minLearningRate: 1, maxLearningRate: 0.1 })).rejects.toThrow(/maxLearningRate/);
    await expect(learningRateRangeTest(m, data, { steps: 1 })).rejects.toThrow(/steps/);
    await expect(learningRateRangeTest({} as never, data)).rejects.toThrow(/model/);
    const flat = t.zeros([8]);
    await expect(learningRateRangeTest(m, { xs: data.xs, ys: flat })).rejects.toThrow(/ys/);
    flat.dispose();
    m.dispose();
    t.dispose([data.xs, data.ys]);
  });
});
