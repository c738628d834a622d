import { fromRows, randomImage } from "../core";
import { energy } from "./energy";
import { findVerticalSeam } from "./findVerticalSeam";
import { verticalSeams } from "./verticalSeams";

describe("verticalSeams", () => {
  it("starts with the minimum seam and never reuses a pixel", () => {
    const img = randomImage(12, 9, 3, 4);
    const seams = verticalSeams(img, 5);
    expect(Array.from(seams[0]!)).toEqual(Array.from(findVerticalSeam(energy(img))));
    for (let y = 0; y < 9; y++) expect(new Set(seams.map((s) => s[y])).size).toBe(5);
  });
  it("avoids protected pixels", () => {
    const img = fromRows([[0, 0, 0, 1], [0, 0, 0, 1]]);
    const protectMask = fromRows([[1, 1, 0, 0], [1, 1, 0, 0]]);
    const [s] = verticalSeams(img, 1, { protectMask });
    expect(s![0]).toBeGreaterThanOrEqual(2);
  });
  it("validates count and mask", () => {
    const img = randomImage(4, 3, 1, 1);
    expect(() => verticalSeams(img, 4)).toThrow(/count/);
    expect(() => verticalSeams(img, 1, { protectMask: randomImage(3, 3, 1, 1) })).toThrow(/protectMask/);
  });
});
