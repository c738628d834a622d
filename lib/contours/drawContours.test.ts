import { createImage } from "../core";
import { drawContours } from "./drawContours";

describe("drawContours", () => {
  it("draws a closed polyline through the vertices and leaves the input untouched", () => {
    const img = createImage(5, 5);
    const out = drawContours(img, [[{ x: 1, y: 1 }, { x: 3, y: 1 }, { x: 3, y: 3 }, { x: 1, y: 3 }]], 1);
    const rows = Array.from({ length: 5 }, (_, y) => Array.from(out.data.slice(5 * y, 5 * y + 5)));
    expect(rows).toEqual([
      [0, 0, 0, 0, 0],
      [0, 1, 1, 1, 0],
      [0, 1, 0, 1, 0],
      [0, 1, 1, 1, 0],
      [0, 0, 0, 0, 0],
    ]);
    expect(img.data.every((v) => v === 0)).toBe(true);
  });
  it("colours each channel of an RGB image and clips points outside", () => {
    const out = drawContours(createImage(3, 3, 3), [[{ x: -5, y: 0 }, { x: 2, y: 0 }]], [1, 0, 0.5]);
    expect(Array.from(out.data.slice(0, 9))).toEqual([1, 0, 0.5, 1, 0, 0.5, 1, 0, 0.5]);
  });
  it("rejects a colour with the wrong channel count", () => {
    expect(() => drawContours(createImage(3, 3, 3), [], [1, 0])).toThrow(/color/);
  });
});
