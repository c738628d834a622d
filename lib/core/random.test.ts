import { ArgumentRangeError } from "./errors";
import { randomImage, seededRandom, uniformValues } from "./random";

describe("seededRandom", () => {
  it("repeats its sequence for a seed and differs between seeds", () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed).next);
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
    expect(take(7).every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe("uniformValues", () => {
  it("is the seeded sequence mapped to [lo, hi)", () => {
    const rng = seededRandom(3);
    const expected = Float32Array.from({ length: 6 }, () => -1 + 2 * rng.next());
    expect(uniformValues(6, 3, -1, 1)).toEqual(expected);
    expect(Array.from(uniformValues(1000, 4, 2, 5)).every((v) => v >= 2 && v < 5)).toBe(true);
  });

  it("defaults to [0, 1), the values randomImage fills an image with", () => {
    expect(randomImage(3, 2, 2, 9).data).toEqual(uniformValues(12, 9));
    expect(Array.from(uniformValues(4, 9))).toEqual(Array.from({ length: 4 }, seededRandom(9).next).map(Math.fround));
  });

  it("rejects a bad length or seed, naming it", () => {
    expect(() => uniformValues(-1, 1)).toThrow(ArgumentRangeError);
    expect(() => uniformValues(2.5, 1)).toThrow(/length/);
    expect(() => uniformValues(2, 0.5)).toThrow(/seed/);
  });
});
