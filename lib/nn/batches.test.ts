import fc from "fast-check";
import { ArgumentRangeError, ArgumentTypeError } from "../core/errors";
import { tf } from "./backend";
import { batches, permutation } from "./batches";

const data = (n: number) => {
  const t = tf();
  return { xs: t.range(0, n).reshape([n, 1]), ys: t.range(0, n).mul(10).toInt() };
};

describe("permutation", () => {
  it("is a permutation of 0…n−1 for any n and seed, and the same for the same seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 1e6 }), (n, seed) => {
        const p = permutation(n, seed);
        expect(Array.from(p).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(Array.from(permutation(n, seed))).toEqual(Array.from(p));
      }),
      { numRuns: 100 },
    );
  });

  it("matches reference values (Fisher–Yates driven by mulberry32, seed 1)", () => {
    expect(Array.from(permutation(5, 1))).toEqual(REFERENCE_5_1);
    expect(Array.from(permutation(1, 9))).toEqual([0]);
  });
});

describe("batches", () => {
  it("visits every sample exactly once, keeping xs and ys paired", () => {
    const t = tf();
    const d = data(10);
    const seen: number[] = [];
    const sizes: number[] = [];
    for (const b of batches(d, { batchSize: 4, seed: 3 })) {
      const x = Array.from(b.xs.dataSync());
      const y = Array.from(b.ys.dataSync());
      expect(y).toEqual(x.map((v) => v * 10));
      seen.push(...x);
      sizes.push(b.size);
      t.dispose([b.xs, b.ys]);
    }
    expect(sizes).toEqual([4, 4, 2]);
    expect(seen.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    t.dispose([d.xs, d.ys]);
  });

  it("follows permutation(n, seed) when shuffling and the data order when not", () => {
    const t = tf();
    const d = data(5);
    const order = (opts: object) => [...batches(d, { batchSize: 2, ...opts })].flatMap((b) => {
      const v = Array.from(b.xs.dataSync());
      t.dispose([b.xs, b.ys]);
      return v;
    });
    expect(order({ seed: 1 })).toEqual(REFERENCE_5_1);
    expect(order({ shuffle: false })).toEqual([0, 1, 2, 3, 4]);
    expect(order({ shuffle: false, dropRemainder: true })).toEqual([0, 1, 2, 3]);
    t.dispose([d.xs, d.ys]);
  });

  it("leaves no tensor behind once the caller disposes each batch", () => {
    const t = tf();
    const d = data(7);
    const before = t.memory().numTensors;
    for (const b of batches(d, { batchSize: 3 })) t.dispose([b.xs, b.ys]);
    expect(t.memory().numTensors).toBe(before);
    t.dispose([d.xs, d.ys]);
  });

  it("rejects bad data and options, naming them", () => {
    const t = tf();
    const d = data(4);
    expect(() => batches(d, { batchSize: 0 }).next()).toThrow(ArgumentRangeError);
    expect(() => batches(d, { batchSize: 0 }).next()).toThrow(/options\.batchSize/);
    expect(() => batches({ xs: d.xs, ys: t.zeros([3]) }, {}).next()).toThrow(ArgumentTypeError);
    expect(() => batches({ xs: [1, 2] } as never).next()).toThrow(/data/);
    t.dispose([d.xs, d.ys]);
  });
});

// computed independently with a Python transcription of mulberry32 + Fisher–Yates
const REFERENCE_5_1 = [4, 2, 1, 0, 3];
