import { randomImage } from "../core";
import { gaussianPyramid } from "./gaussianPyramid";
import { pyrDown } from "./pyrDown";

describe("gaussianPyramid", () => {
  it("starts at the input and halves (rounding up) each level", () => {
    const img = randomImage(37, 20, 1, 1);
    const g = gaussianPyramid(img, 4);
    expect(g[0]).toBe(img);
    expect(g.map((l) => [l.width, l.height])).toEqual([[37, 20], [19, 10], [10, 5], [5, 3]]);
    expect(g[2]).toBeCloseToImage(pyrDown(pyrDown(img)), 0);
  });
  it("validates levels", () => {
    expect(() => gaussianPyramid(randomImage(4, 4, 1, 1), 0)).toThrow(/levels/);
  });
});
