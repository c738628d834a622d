import fc from "fast-check";
import { fromRows } from "../core";
import type { Image } from "../core/image";
import { findVerticalSeam } from "./findVerticalSeam";
import { seamCost } from "./seamCost";

function bruteForceMin(e: Image): number {
  let best = Infinity;
  const walk = (y: number, x: number, acc: number) => {
    const v = acc + e.data[y * e.width + x]!;
    if (y === e.height - 1) return void (best = Math.min(best, v));
    for (const nx of [x - 1, x, x + 1]) if (nx >= 0 && nx < e.width) walk(y + 1, nx, v);
  };
  for (let x = 0; x < e.width; x++) walk(0, x, 0);
  return best;
}

describe("findVerticalSeam", () => {
  it("follows the cheap diagonal (hand-checked)", () => {
    const e = fromRows([
      [1, 9, 9, 9],
      [9, 1, 9, 9],
      [9, 9, 1, 9],
    ]);
    expect(Array.from(findVerticalSeam(e))).toEqual([0, 1, 2]);
  });
  it("breaks ties leftmost", () => {
    expect(Array.from(findVerticalSeam(fromRows([[1, 1, 1], [1, 1, 1]])))).toEqual([0, 0]);
    expect(Array.from(findVerticalSeam(fromRows([[5, 0, 0], [0, 5, 5]])))).toEqual([1, 0]);
  });
  it("finds a connected seam of minimal cost (property vs brute force)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 25, maxLength: 25 }), (w, h, vals) => {
        const e = { width: w, height: h, channels: 1, data: Float32Array.from(vals.slice(0, w * h)) };
        const seam = findVerticalSeam(e);
        expect(seamCost(e, seam)).toBe(bruteForceMin(e)); // seamCost also checks connectivity
      }),
      { numRuns: 100 },
    );
  });
  it("rejects multi-channel energy", () => {
    expect(() => findVerticalSeam({ width: 1, height: 1, channels: 3, data: new Float32Array(3) })).toThrow(/energyMap/);
  });
});
