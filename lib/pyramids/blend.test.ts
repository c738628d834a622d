import { createImage, randomImage } from "../core";
import { blend } from "./blend";

describe("blend", () => {
  const a = createImage(32, 16, 1, 0.9);
  const b = createImage(32, 16, 1, 0.1);
  const mask = createImage(32, 16, 1, 0);
  for (let y = 0; y < 16; y++) for (let x = 0; x < 16; x++) mask.data[y * 32 + x] = 1;

  it("gives a when mask = 1 everywhere and b when mask = 0", () => {
    const img1 = randomImage(20, 12, 3, 1);
    const img2 = randomImage(20, 12, 3, 2);
    expect(blend(img1, img2, createImage(20, 12, 1, 1), 3)).toBeCloseToImage(img1, 1e-5);
    expect(blend(img1, img2, createImage(20, 12, 1, 0), 3)).toBeCloseToImage(img2, 1e-5);
  });
  it("keeps each side far from the seam and makes a smooth transition across it", () => {
    const out = blend(a, b, mask, 4);
    const row = Array.from(out.data.subarray(8 * 32, 9 * 32));
    expect(Math.abs(row[0]! - 0.9)).toBeLessThan(0.03);
    expect(Math.abs(row[31]! - 0.1)).toBeLessThan(0.03);
    for (let x = 1; x < 32; x++) expect(row[x]!).toBeLessThanOrEqual(row[x - 1]! + 1e-6); // monotone
    expect(row[15]! - row[16]!).toBeLessThan(0.3); // no hard step of 0.8
  });
  it("rejects size mismatches", () => {
    expect(() => blend(a, createImage(8, 8, 1, 0), mask, 2)).toThrow(/b/);
  });
});
