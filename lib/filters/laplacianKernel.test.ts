import { randomImage } from "../core";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { convolve2d, laplacianKernel } from ".";

describe("laplacianKernel", () => {
  it("returns the 4- and 8-neighbour kernels", () => {
    expect(Array.from(laplacianKernel().data)).toEqual([0, 1, 0, 1, -4, 1, 0, 1, 0]);
    expect(Array.from(laplacianKernel("eight").data)).toEqual([1, 1, 1, 1, -8, 1, 1, 1, 1]);
  });
  it("convolved with an image equals cv.Laplacian with ksize 1", () => {
    const img = randomImage(15, 11, 1, 3);
    const theirs = withMats((track) => {
      const cv = opencv();
      const dst = track(new cv.Mat());
      cv.Laplacian(track(toMat(img)), dst, cv.CV_32F, 1, 1, 0, cv.BORDER_DEFAULT);
      return fromMat(dst);
    });
    expect(convolve2d(img, laplacianKernel())).toBeCloseToImage(theirs, 1e-5);
  });
  it("rejects an unknown neighbourhood", () => {
    expect(() => laplacianKernel("six" as "four")).toThrow(/neighbours/);
  });
});
