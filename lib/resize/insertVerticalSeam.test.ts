import { fromRows } from "../core";
import { insertVerticalSeam } from "./insertVerticalSeam";

describe("insertVerticalSeam", () => {
  it("inserts the mean of the seam pixel and its right neighbour, left on the last column (hand-checked)", () => {
    const out = insertVerticalSeam(fromRows([[0, 2, 4], [1, 3, 5]]), [1, 2]);
    expect(out).toBeCloseToImage(fromRows([[0, 2, 3, 4], [1, 3, 5, 4]]), 0);
  });
  it("widens a 1×1 image by repeating it", () => {
    expect(Array.from(insertVerticalSeam(fromRows([[0.5]]), [0]).data)).toEqual([0.5, 0.5]);
  });
});
