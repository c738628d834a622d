import { fromRows, randomImage, type Image } from "../core";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { boxBlur, correlate2d } from ".";

function cvBox(img: Image, w: number, h: number, normalize: boolean, border?: number): Image {
  return withMats((track) => {
    const cv = opencv();
    const dst = track(new cv.Mat());
    cv.boxFilter(track(toMat(img)), dst, -1, new cv.Size(w, h), new cv.Point(-1, -1), normalize, border ?? cv.BORDER_DEFAULT);
    return fromMat(dst);
  });
}

describe("boxBlur", () => {
  it("averages a 3×3 window by hand (reflect-101 border)", () => {
    const out = boxBlur(fromRows([[0, 0, 0], [0, 9, 0], [0, 0, 0]]));
    expect(out.data[4]).toBeCloseTo(1, 6);
    expect(out.data[0]).toBeCloseTo(4, 6); // reflect101: the corner's window sees the centre 4 times
  });
  it.each([[3, 3], [5, 5], [7, 3], [1, 9], [31, 31]])("matches cv.boxFilter %p×%p, normalised and not, grey and RGB", (w, h) => {
    for (const c of [1, 3]) {
      const img = randomImage(40, 33, c, w * h);
      expect(boxBlur(img, { size: { width: w, height: h } })).toBeCloseToImage(cvBox(img, w, h, true), 1e-5);
      expect(boxBlur(img, { size: { width: w, height: h }, normalize: false })).toBeCloseToImage(cvBox(img, w, h, false), 1e-4);
    }
  });
  it("matches cv.boxFilter with replicate, reflect and constant borders", () => {
    const cv = opencv();
    const img = randomImage(9, 8, 1, 1);
    expect(boxBlur(img, { size: 5, border: "replicate" })).toBeCloseToImage(cvBox(img, 5, 5, true, cv.BORDER_REPLICATE), 1e-6);
    expect(boxBlur(img, { size: 5, border: "reflect" })).toBeCloseToImage(cvBox(img, 5, 5, true, cv.BORDER_REFLECT), 1e-6);
    expect(boxBlur(img, { size: 5, border: "constant" })).toBeCloseToImage(cvBox(img, 5, 5, true, cv.BORDER_CONSTANT), 1e-6);
  });
  it("equals correlation with a constant kernel, including wrap and a window larger than the image", () => {
    const img = randomImage(4, 3, 2, 5);
    for (const border of ["wrap", "constant", "reflect101"] as const) {
      expect(boxBlur(img, { size: 9, border, borderValue: 0.5 })).toBeCloseToImage(correlate2d(img, { width: 9, height: 9, data: new Array(81).fill(1 / 81) }, { border, borderValue: 0.5 }), 1e-6);
    }
  });
  it("rejects an even size and a non-boolean normalize, naming the option", () => {
    const img = randomImage(3, 3, 1, 1);
    expect(() => boxBlur(img, { size: 4 })).toThrow(/options\.size/);
    expect(() => boxBlur(img, { size: { width: 3, height: 2 } })).toThrow(/options\.size\.height/);
    expect(() => boxBlur(img, { normalize: 1 as unknown as boolean })).toThrow(/options\.normalize/);
  });
});
