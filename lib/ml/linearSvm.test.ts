import { seededRandom } from "../core";
import { accuracy } from "./accuracy";
import { linearSvm } from "./linearSvm";

function blobs(n: number, seed: number, gap = 3) {
  const rng = seededRandom(seed);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = i % 2 === 0 ? 1 : -1;
    x.push([c * gap + rng.normal(), c * gap * 0.5 + rng.normal(), rng.normal()]);
    y.push(c);
  }
  return { x, y };
}

describe("linearSvm", () => {
  it("separates two Gaussian clouds (≥ 97% on held-out data)", () => {
    const tr = blobs(400, 1);
    const te = blobs(200, 2);
    const m = linearSvm.train(tr.x, tr.y, { lambda: 1e-2, epochs: 10, seed: 0 });
    expect(accuracy(linearSvm.predict(m, te.x), te.y)).toBeGreaterThanOrEqual(0.97);
    expect(Math.abs(m.weights[2]!)).toBeLessThan(Math.abs(m.weights[0]!)); // the noise dimension matters least
  });
  it("learns the max-margin direction on a hand-made 1-D problem", () => {
    // Points at ±1 and ±2: the SVM puts the boundary at 0 with w ≈ 1 (margin 1 at ±1).
    const x = [[1], [2], [-1], [-2]];
    const y = [1, 1, -1, -1];
    const m = linearSvm.train(x, y, { lambda: 1e-3, epochs: 2000, seed: 3 });
    expect(m.weights[0]).toBeGreaterThan(0.8);
    expect(m.weights[0]).toBeLessThan(1.3);
    expect(Math.abs(m.bias)).toBeLessThan(0.2);
    expect(Array.from(linearSvm.predict(m, [[0.5], [-0.5]]))).toEqual([1, -1]);
  });
  it("accepts 0/1 labels, is reproducible for a seed", () => {
    const { x, y } = blobs(100, 4);
    const y01 = y.map((v) => (v > 0 ? 1 : 0));
    const a = linearSvm.train(x, y01, { seed: 5, lambda: 1e-2 });
    const b = linearSvm.train(x, y, { seed: 5, lambda: 1e-2 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(linearSvm.decision(a, [x[0]!])[0]).toBeCloseTo(a.bias + a.weights.reduce((s, w, i) => s + w * x[0]![i]!, 0), 12);
  });
  it("objective decreases with more epochs (Pegasos converges)", () => {
    const { x, y } = blobs(300, 6, 1);
    const lambda = 1e-2;
    const obj = (m: { weights: Float64Array; bias: number }) =>
      (lambda / 2) * (m.weights.reduce((s, w) => s + w * w, 0) + m.bias * m.bias) +
      x.reduce((s, xi, i) => s + Math.max(0, 1 - y[i]! * linearSvm.decision(m, [xi])[0]!), 0) / x.length;
    const o1 = obj(linearSvm.train(x, y, { lambda, epochs: 1, seed: 1 }));
    const o50 = obj(linearSvm.train(x, y, { lambda, epochs: 50, seed: 1 }));
    expect(o50).toBeLessThanOrEqual(o1 + 1e-3);
  });
  it("validates arguments by name", () => {
    expect(() => linearSvm.train([[1, 2]], [2])).toThrow(/labels\[0\]/);
    expect(() => linearSvm.train([[1, 2], [1]], [1, -1])).toThrow(/features\[1\]/);
    expect(() => linearSvm.predict({ weights: new Float64Array(2), bias: 0 }, [[1, 2, 3]])).toThrow(/features/);
  });
});
