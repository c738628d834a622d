import { tf } from "./backend";
import { createFlatOptimizer } from "./flatAdam";

describe.each(["host", "device"] as const)("createFlatOptimizer (placement %s)", (placement) => {
  const grads = (t: ReturnType<typeof tf>, step: number) => [t.tensor2d([[0.1 * step, -0.2], [0.3, 0.05 * step]]), t.tensor1d([-step, 0.5])];

  it("takes the same steps as tf.train.adam over several variables", () => {
    const t = tf();
    const a = [t.variable(t.tensor2d([[1, 2], [3, 4]])), t.variable(t.tensor1d([0.5, -0.5]))];
    const b = a.map((v) => t.variable(v.clone()));
    const flat = createFlatOptimizer(t, a, { kind: "adam", learningRate: 0.01, placement });
    const ref = t.train.adam(0.01);
    for (let s = 1; s <= 5; s++) {
      t.tidy(() => flat.apply(grads(t, s)));
      t.tidy(() => {
        const g = grads(t, s);
        ref.applyGradients([{ name: b[0]!.name, tensor: g[0]! }, { name: b[1]!.name, tensor: g[1]! }]);
      });
    }
    for (let i = 0; i < 2; i++) {
      const x = a[i]!.dataSync();
      const y = b[i]!.dataSync();
      for (let j = 0; j < x.length; j++) expect(x[j]).toBeCloseTo(y[j]!, 6);
    }
    // first Adam step moves every weight by ≈ lr against the gradient's sign (m̂/√v̂ = ±1)
    flat.dispose();
    ref.dispose();
    t.dispose([...a, ...b]);
  });

  it("moves each weight by lr·|g| against the gradient for SGD, and by ≈ lr on Adam's first step", () => {
    const t = tf();
    const w = [t.variable(t.tensor1d([1, 1]))];
    const sgd = createFlatOptimizer(t, w, { kind: "sgd", learningRate: 0.5, placement });
    t.tidy(() => sgd.apply([t.tensor1d([2, -4])]));
    expect(Array.from(w[0]!.dataSync())).toEqual([0, 3]);
    const adam = createFlatOptimizer(t, w, { kind: "adam", learningRate: 0.1, placement });
    t.tidy(() => adam.apply([t.tensor1d([2, -4])]));
    const after = w[0]!.dataSync();
    expect(after[0]).toBeCloseTo(-0.1, 5);
    expect(after[1]).toBeCloseTo(3.1, 5);
    sgd.dispose();
    adam.dispose();
    t.dispose(w);
  });

  it("frees its state on dispose", () => {
    const t = tf();
    const w = [t.variable(t.zeros([3]))];
    const before = t.memory().numTensors;
    const opt = createFlatOptimizer(t, w, { kind: "adam", learningRate: 0.1, placement });
    for (let i = 0; i < 3; i++) t.tidy(() => opt.apply([t.ones([3])]));
    opt.dispose();
    expect(t.memory().numTensors).toBe(before);
    t.dispose(w);
  });
});
