import fc from "fast-check";
import { seededRandom, type Random } from "../core/random";
import { invertedDropout } from "./invertedDropout";

const scripted = (draws: number[]): Random => ({ next: () => draws.shift()!, int: () => 0, normal: () => 0 });

describe("invertedDropout", () => {
  it("keeps value i iff its draw ≥ rate and divides kept values by 1 − rate (checked by hand)", () => {
    const y = invertedDropout(Float32Array.from([1, 2, 3, 4]), 0.5, scripted([0.7, 0.2, 0.5, 0.49]));
    expect(Array.from(y)).toEqual([2, 0, 6, 0]);
    const z = invertedDropout(Float32Array.from([3, -3]), 0.25, scripted([0.3, 0.1]));
    expect(Array.from(z)).toEqual([4, 0]);
  });

  it("rate 0 is the identity, and the input is left alone", () => {
    const x = Float32Array.from([0.5, -1, 2]);
    expect(Array.from(invertedDropout(x, 0, seededRandom(3)))).toEqual([0.5, -1, 2]);
    invertedDropout(x, 0.9, seededRandom(3));
    expect(Array.from(x)).toEqual([0.5, -1, 2]);
  });

  it("law: the mean is preserved in expectation (20,000 ones, several rates) and every output is 0 or x/(1 − rate)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.8, noNaN: true }), fc.integer({ min: 0, max: 1 << 20 }), (rate, seed) => {
        const y = invertedDropout(new Float32Array(20000).fill(1), rate, seededRandom(seed));
        const keep = Math.fround(1 / (1 - rate));
        let sum = 0;
        for (const v of y) {
          expect(v === 0 || v === keep).toBe(true);
          sum += v;
        }
        // standard error of the mean: sqrt(rate / (1 − rate) / n) ≤ 0.015 here; 4 of them
        expect(Math.abs(sum / y.length - 1)).toBeLessThan(0.06);
      }),
      { numRuns: 20 },
    );
  });

  it("is reproducible from the seed", () => {
    const x = Float32Array.from({ length: 50 }, (_, i) => i);
    expect(Array.from(invertedDropout(x, 0.3, seededRandom(8)))).toEqual(Array.from(invertedDropout(x, 0.3, seededRandom(8))));
  });

  it("rejects bad arguments, naming them", () => {
    expect(() => invertedDropout([1, 2] as never, 0.5, seededRandom(1))).toThrow(/values/);
    expect(() => invertedDropout(new Float32Array(2), 1, seededRandom(1))).toThrow(/rate/);
    expect(() => invertedDropout(new Float32Array(2), -0.1, seededRandom(1))).toThrow(/rate/);
    expect(() => invertedDropout(new Float32Array(2), 0.5, undefined as never)).toThrow(/random/);
  });
});
