import { randomImage } from "../core";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { correlate2d, separableFilter } from ".";

describe("separableFilter", () => {
  it("equals correlate2d with the outer-product kernel (asymmetric taps, all borders but wrap)", () => {
    const img = randomImage(11, 9, 3, 3);
    const kx = [0.5, -1, 2, 0.25, 0.1];
    const ky = [1, 0.3, -0.2];
    const outer = { width: 5, height: 3, data: ky.flatMap((a) => kx.map((b) => a * b)) };
    for (const border of ["reflect101", "replicate", "reflect", "constant", "wrap"] as const) {
      expect(separableFilter(img, kx, ky, { border, borderValue: 0.3 })).toBeCloseToImage(correlate2d(img, outer, { border, borderValue: 0.3 }), 1e-5);
    }
  });
  it("equals cv.sepFilter2D", () => {
    const img = randomImage(16, 12, 1, 8);
    const kx = [1, 4, 6, 4, 1].map((v) => v / 16);
    const ky = [-1, 0, 1];
    const theirs = withMats((track) => {
      const cv = opencv();
      const dst = track(new cv.Mat());
      const mx = track(cv.matFromArray(1, 5, cv.CV_32FC1, kx));
      const my = track(cv.matFromArray(1, 3, cv.CV_32FC1, ky));
      cv.sepFilter2D(track(toMat(img)), dst, -1, mx, my, new cv.Point(-1, -1), 0, cv.BORDER_DEFAULT);
      return fromMat(dst);
    });
    expect(separableFilter(img, kx, ky)).toBeCloseToImage(theirs, 1e-5);
  });
  it("handles images smaller than the kernel and names a bad kernel", () => {
    const img = randomImage(1, 2, 1, 1);
    const outer = { width: 7, height: 7, data: new Array(49).fill(1 / 49) };
    expect(separableFilter(img, new Array(7).fill(1 / 7), new Array(7).fill(1 / 7))).toBeCloseToImage(correlate2d(img, outer), 1e-6);
    expect(() => separableFilter(img, [1, 1], [1])).toThrow(/^kx:/);
    expect(() => separableFilter(img, [1], [NaN])).toThrow(/ky\[0\]/);
  });
});
