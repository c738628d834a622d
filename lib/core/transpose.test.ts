import fc from "fast-check";
import { transpose } from "./transpose";
import { fromRows } from "./create";
import { randomImage } from "./random";
import { flip } from "./flip";
import { opencv, toMat, fromMat, withMats } from "../cvbridge";

describe("transpose", () => {
  it("swaps rows and columns of a 2×3 matrix", () => {
    const out = transpose(fromRows([[1, 2, 3], [4, 5, 6]]));
    expect(out).toBeCloseToImage(fromRows([[1, 4], [2, 5], [3, 6]]), 0);
  });
  it("is an involution, and transpose∘flip-v = 90° clockwise rotation ≡ flip-h∘transpose", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 3 }), (w, h, c) => {
        const im = randomImage(w, h, c, w + 10 * h + 100 * c);
        expect(transpose(transpose(im))).toBeCloseToImage(im, 0);
        expect(transpose(flip(im, "v"))).toBeCloseToImage(flip(transpose(im), "h"), 0);
      }),
    );
  });
  it("agrees with cv.transpose on a 3-channel image", () => {
    const im = randomImage(5, 3, 3, 2);
    const cv = opencv();
    const ref = withMats((t) => {
      const dst = t(new cv.Mat());
      cv.transpose(t(toMat(im)), dst);
      return fromMat(dst);
    });
    expect(transpose(im)).toBeCloseToImage(ref, 0);
  });
  it("turns a 1×N row into an N×1 column", () => {
    const out = transpose(fromRows([[1, 2, 3]]));
    expect([out.width, out.height]).toEqual([1, 3]);
  });
  it("rejects a non-image", () => {
    expect(() => transpose({} as never)).toThrow(/image/);
  });
});
