import fc from "fast-check";
import { ArgumentTypeError } from "../core/errors";
import { tf } from "./backend";
import { softmaxCrossEntropy } from "./softmaxCrossEntropy";

describe("softmaxCrossEntropy", () => {
  it("matches hand-computed values: ln 2 for equal logits, stable for huge logits", () => {
    const t = tf();
    const v = (labels: number[][], logits: number[][]) => t.tidy(() => softmaxCrossEntropy(t.tensor2d(labels), t.tensor2d(logits)).dataSync()[0]!);
    expect(v([[1, 0]], [[0, 0]])).toBeCloseTo(Math.LN2, 6);
    expect(v([[1, 0]], [[1000, 0]])).toBeCloseTo(0, 6);
    expect(v([[0, 1]], [[1000, 0]])).toBeCloseTo(1000, 3);
    // mean over the batch: (ln 2 + ln(1 + e)) / 2
    expect(v([[1, 0], [0, 1]], [[0, 0], [1, 0]])).toBeCloseTo((Math.LN2 + Math.log(1 + Math.E)) / 2, 6);
  });

  it("has gradient (softmax(z) − y) / N with respect to the logits", () => {
    const t = tf();
    const z = t.tensor2d([[1, 2, 3], [0, 0, 0]]);
    const y = t.tensor2d([[0, 0, 1], [1, 0, 0]]);
    const g = t.grad((logits) => softmaxCrossEntropy(y, logits))(z);
    const expected = t.tidy(() => t.softmax(z).sub(y).div(2));
    expect(Array.from(g.dataSync()).map((a, i) => a - expected.dataSync()[i]!).every((d) => Math.abs(d) < 1e-6)).toBe(true);
    t.dispose([z, y, g, expected]);
  });

  it("agrees with tf.losses.softmaxCrossEntropy on random batches (value and gradient)", () => {
    const t = tf();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 0, max: 1000 }), (n, k, seed) => {
        t.tidy(() => {
          const z = t.randomNormal([n, k], 0, 3, "float32", seed);
          const y = t.oneHot(t.randomUniform([n], 0, k, "int32", seed + 1), k).toFloat();
          const ours = t.valueAndGrad((logits: typeof z) => softmaxCrossEntropy(y, logits))(z);
          const ref = t.valueAndGrad((logits: typeof z) => t.losses.softmaxCrossEntropy(y, logits) as typeof z)(z);
          expect(ours.value.dataSync()[0]).toBeCloseTo(ref.value.dataSync()[0]!, 5);
          const a = ours.grad.dataSync();
          const b = ref.grad.dataSync();
          for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(1e-5);
        });
      }),
      { numRuns: 20 },
    );
  });

  it("rejects mismatched shapes", () => {
    const t = tf();
    t.tidy(() => {
      expect(() => softmaxCrossEntropy(t.zeros([2, 3]), t.zeros([2, 4]))).toThrow(ArgumentTypeError);
      expect(() => softmaxCrossEntropy(t.zeros([3]), t.zeros([3]))).toThrow(/labels/);
    });
  });
});
