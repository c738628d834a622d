import { fromRows, randomImage } from "../core";
import { insertVerticalSeam } from "./insertVerticalSeam";
import { removeVerticalSeam } from "./removeVerticalSeam";

describe("removeVerticalSeam", () => {
  it("drops one pixel per row (hand-checked)", () => {
    const out = removeVerticalSeam(fromRows([[1, 2, 3], [4, 5, 6]]), [2, 1]);
    expect(out).toBeCloseToImage(fromRows([[1, 2], [4, 6]]), 0);
  });
  it("undoes insertVerticalSeam on the inserted column (round trip)", () => {
    const img = randomImage(6, 5, 3, 2);
    const seam = Int32Array.from([2, 3, 3, 4, 5]);
    const wider = insertVerticalSeam(img, seam);
    expect(removeVerticalSeam(wider, seam.map((x) => x + 1))).toBeCloseToImage(img, 0);
  });
  it("refuses a 1-pixel-wide image", () => {
    expect(() => removeVerticalSeam(fromRows([[1]]), [0])).toThrow(/image/);
  });
});
