import { createImage, randomImage } from "../core";
import type { Image } from "../core/image";
import { seamCarve } from "./seamCarve";

/** A flat grey background with two textured squares: carving should remove background only. */
function scene(): Image {
  const img = createImage(40, 20, 1, 0.5);
  const tex = randomImage(40, 20, 1, 3);
  for (let y = 4; y < 16; y++) {
    for (let x = 2; x < 12; x++) img.data[y * 40 + x] = tex.data[y * 40 + x]!;
    for (let x = 28; x < 38; x++) img.data[y * 40 + x] = tex.data[y * 40 + x]!;
  }
  return img;
}
const sum = (img: Image) => img.data.reduce((a, b) => a + Math.abs(b - 0.5), 0);

describe("seamCarve", () => {
  it("narrows by removing low-energy background, keeping both textured squares", () => {
    const img = scene();
    const out = seamCarve(img, 28, 20);
    expect(out.width).toBe(28);
    expect(out.height).toBe(20);
    expect(sum(out)).toBeCloseTo(sum(img), 3); // only background pixels (value 0.5) were removed
  });
  it("changes height through the transpose and widens by duplicating seams", () => {
    const img = scene();
    const out = seamCarve(img, 50, 15);
    expect([out.width, out.height, out.channels]).toEqual([50, 15, 1]);
  });
  it("is the identity at the same size", () => {
    const img = randomImage(8, 6, 3, 1);
    expect(seamCarve(img, 8, 6)).toBeCloseToImage(img, 0);
  });
  it("respects a protect mask over flat content", () => {
    const img = createImage(10, 4, 1, 0.5);
    for (let y = 0; y < 4; y++) img.data[y * 10 + 2] = 0.8; // one column marked by value
    const protectMask = createImage(10, 4, 1, 0);
    for (let y = 0; y < 4; y++) for (let x = 0; x < 5; x++) protectMask.data[y * 10 + x] = 1;
    const out = seamCarve(img, 5, 4, { protectMask });
    expect(Array.from(out.data.subarray(0, 5))).toEqual(Array.from(img.data.subarray(0, 5)));
  });
  it("rejects bad sizes", () => {
    expect(() => seamCarve(randomImage(4, 4, 1, 1), 0, 4)).toThrow(/newWidth/);
  });
});
