import { fromRows, randomImage, ArgumentTypeError, type Image } from "../core";
import { opencv, toMat, fromMat, withMats } from "../cvbridge";
import { scharr } from "./scharr";

const cvScharr = (img: Image, dx: number, dy: number): Image =>
  withMats((track) => {
    const cv = opencv();
    const dst = track(new cv.Mat());
    cv.Scharr(track(toMat(img)), dst, cv.CV_32F, dx, dy, 1, 0, cv.BORDER_REFLECT_101);
    return fromMat(dst);
  });

describe("scharr", () => {
  it("gives gx = 16 across a vertical unit step (3 + 10 + 3)", () => {
    const { gx } = scharr(fromRows([[0, 0, 1, 1], [0, 0, 1, 1]]));
    expect(Array.from(gx.data)).toEqual([0, 16, 16, 0, 0, 16, 16, 0]);
  });
  it("matches cv.Scharr CV_32F (opencv-wasm) in both directions", () => {
    const img = randomImage(15, 11, 1, 3);
    const r = scharr(img);
    expect(r.gx).toBeCloseToImage(cvScharr(img, 1, 0), 1e-4);
    expect(r.gy).toBeCloseToImage(cvScharr(img, 0, 1), 1e-4);
  });
  it("rejects colour images naming the argument", () => {
    expect(() => scharr(randomImage(3, 3, 3, 1))).toThrow(ArgumentTypeError);
  });
});
