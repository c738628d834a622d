import fc from "fast-check";
import { fromRows, randomImage } from "../core";
import { cumulativeEnergy } from "./cumulativeEnergy";
import { energy } from "./energy";
import { findVerticalSeam } from "./findVerticalSeam";
import { seamCost } from "./seamCost";

describe("cumulativeEnergy", () => {
  it("adds the cheapest of the three pixels above (hand-checked)", () => {
    const M = cumulativeEnergy(fromRows([
      [1, 9, 9, 9],
      [9, 1, 9, 2],
      [9, 9, 1, 9],
    ]));
    expect(Array.from(M.data)).toEqual([1, 9, 9, 9, 10, 2, 18, 11, 11, 11, 3, 20]);
  });
  it("its last row's minimum is the cost of findVerticalSeam's seam; M ≥ e and row minima never decrease (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 1000 }), (w, h, seed) => {
        const e = energy(randomImage(w, h, 3, seed));
        const M = cumulativeEnergy(e);
        const last = M.data.subarray((h - 1) * w);
        expect(Math.min(...last)).toBeCloseTo(seamCost(e, findVerticalSeam(e)), 4);
        for (let i = 0; i < w * h; i++) expect(M.data[i]!).toBeGreaterThanOrEqual(e.data[i]!);
        for (let y = 1; y < h; y++) {
          expect(Math.min(...M.data.subarray(y * w, (y + 1) * w))).toBeGreaterThanOrEqual(Math.min(...M.data.subarray((y - 1) * w, y * w)));
        }
      }),
      { numRuns: 60 },
    );
  });
  it("handles 1×N and N×1 maps", () => {
    expect(Array.from(cumulativeEnergy(fromRows([[3], [1], [2]])).data)).toEqual([3, 4, 6]);
    expect(Array.from(cumulativeEnergy(fromRows([[3, 1, 2]])).data)).toEqual([3, 1, 2]);
  });
  it("rejects multi-channel energy, naming energyMap", () => {
    expect(() => cumulativeEnergy(randomImage(2, 2, 3, 1))).toThrow(/^energyMap:/);
  });
});
