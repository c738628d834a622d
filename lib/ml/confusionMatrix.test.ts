import fc from "fast-check";
import { accuracy } from "./accuracy";
import { confusionMatrix } from "./confusionMatrix";

describe("confusionMatrix", () => {
  it("counts truth in rows and predictions in columns (checked by hand)", () => {
    // truth 0 predicted 0; truth 1 predicted 1; truth 1 predicted 0; truth 2 predicted 1 (twice)
    expect(confusionMatrix([0, 1, 1, 2, 2], [0, 1, 0, 1, 1])).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [0, 2, 0],
    ]);
  });

  it("matches scikit-learn's convention on its documentation example", () => {
    // sklearn.metrics.confusion_matrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2])
    expect(confusionMatrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2])).toEqual([
      [2, 0, 0],
      [0, 0, 1],
      [1, 0, 2],
    ]);
  });

  it("accepts typed arrays and pads to numClasses", () => {
    expect(confusionMatrix(Uint8Array.from([0, 1]), Int32Array.from([1, 1]), { numClasses: 3 })).toEqual([
      [0, 1, 0],
      [0, 1, 0],
      [0, 0, 0],
    ]);
  });

  it("law: the counts add up to n, row sums are the class frequencies, the trace over n is the accuracy", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 60 }), (pairs) => {
        const a = pairs.map((p) => p[0]);
        const p = pairs.map((q) => q[1]);
        const m = confusionMatrix(a, p, { numClasses: 5 });
        const total = m.flat().reduce((s, v) => s + v, 0);
        const trace = m.reduce((s, row, i) => s + row[i]!, 0);
        for (let c = 0; c < 5; c++) expect(m[c]!.reduce((s, v) => s + v, 0)).toBe(a.filter((v) => v === c).length);
        expect(total).toBe(pairs.length);
        expect(trace / total).toBeCloseTo(accuracy(p, a), 12);
      }),
    );
  });

  it("rejects bad input, naming the argument", () => {
    expect(() => confusionMatrix([0, 1], [0])).toThrow(/predicted/);
    expect(() => confusionMatrix([0, -1], [0, 0])).toThrow(/actual/);
    expect(() => confusionMatrix([0, 1.5], [0, 0])).toThrow(/actual/);
    expect(() => confusionMatrix([0, 3], [0, 0], { numClasses: 3 })).toThrow(/numClasses/);
    expect(() => confusionMatrix(null as unknown as number[], [])).toThrow(/actual/);
  });

  it("an empty input gives a 1×1 zero matrix, or k×k zeros with numClasses", () => {
    expect(confusionMatrix([], [])).toEqual([[0]]);
    expect(confusionMatrix([], [], { numClasses: 2 })).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});
