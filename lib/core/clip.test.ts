import fc from "fast-check";
import { clip } from "./clip";
import { fromRows } from "./create";
import { randomImage } from "./random";
import { ArgumentRangeError } from "./errors";

describe("clip", () => {
  it("clamps to [0, 1] by default", () => {
    expect(clip(fromRows([[-0.5, 0.3, 1.7]]))).toBeCloseToImage(fromRows([[0, 0.3, 1]]), 1e-7);
  });
  it("clamps to a given range and maps NaN to lo", () => {
    expect(clip(fromRows([[-3, 0.3, 3, NaN]]), -1, 2)).toBeCloseToImage(fromRows([[-1, 0.3, 2, -1]]), 1e-7);
  });
  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.double({ min: -1, max: 0.5, noNaN: true }), fc.double({ min: 0.5, max: 2, noNaN: true }), (seed, lo, hi) => {
        const im = randomImage(4, 3, 2, seed);
        const once = clip(im, lo, hi);
        expect(clip(once, lo, hi)).toBeCloseToImage(once, 0);
      }),
    );
  });
  it("rejects hi < lo", () => {
    expect(() => clip(randomImage(1, 1, 1, 1), 1, 0)).toThrow(ArgumentRangeError);
    expect(() => clip(randomImage(1, 1, 1, 1), 1, 0)).toThrow(/hi/);
  });
});
