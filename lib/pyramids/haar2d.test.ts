import fc from "fast-check";
import { fromRows, randomImage } from "../core";
import { haar2d } from "./haar2d";
import { ihaar2d } from "./ihaar2d";

const energy = (d: Float32Array) => d.reduce((s, v) => s + v * v, 0);

describe("haar2d", () => {
  it("transforms a 2×2 block to [sum, x-diff; y-diff, diagonal]/2 (hand-checked)", () => {
    const out = haar2d(fromRows([[1, 2], [3, 4]]), 1);
    // rows: [3/√2, −1/√2], [7/√2, −1/√2]; columns: LL = 10/2, HL = −2/2, LH = −4/2, HH = 0
    expect(out).toBeCloseToImage(fromRows([[5, -1], [-2, 0]]), 1e-6);
  });
  it("uses 1/√2 (orthonormal): energy is preserved (property) and ihaar2d inverts it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), (levels, a, b) => {
        const img = randomImage(a * 2 ** levels, b * 2 ** levels, 1, a * 10 + b);
        const c = haar2d(img, levels);
        expect(energy(c.data)).toBeCloseTo(energy(img.data), 3);
        expect(ihaar2d(c, levels)).toBeCloseToImage(img, 1e-5);
      }),
      { numRuns: 30 },
    );
  });
  it("puts the mean × 2^levels in the approximation of a constant image", () => {
    const c = haar2d({ width: 8, height: 8, channels: 1, data: new Float32Array(64).fill(0.5) }, 2);
    expect(c.data[0]).toBeCloseTo(0.5 * 4, 5);
    expect(Math.abs(c.data[2]!)).toBeLessThan(1e-6); // level-2 detail
    expect(Math.abs(c.data[5]!)).toBeLessThan(1e-6); // level-1 detail
  });
  it("rejects sizes not divisible by 2^levels", () => {
    expect(() => haar2d(randomImage(6, 8, 1, 1), 2)).toThrow(/levels/);
  });
});
