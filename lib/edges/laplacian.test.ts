import fc from "fast-check";
import { fromRows, randomImage, ArgumentRangeError, type Image } from "../core";
import { opencv, toMat, fromMat, withMats } from "../cvbridge";
import { pythonOracle, oracleImage } from "../testing/pythonOracle";
import { laplacian } from "./laplacian";

const cvLaplacian = (img: Image, ksize: number): Image =>
  withMats((track) => {
    const cv = opencv();
    const dst = track(new cv.Mat());
    cv.Laplacian(track(toMat(img)), dst, cv.CV_32F, ksize, 1, 0, cv.BORDER_REFLECT_101);
    return fromMat(dst);
  });

describe("laplacian", () => {
  it("gives −4 at an isolated unit impulse and 1 at its 4-neighbours (ksize 1, hand-checked)", () => {
    const img = fromRows([[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]);
    const out = laplacian(img);
    expect(out).toBeCloseToImage(fromRows([[0, 0, 0, 0, 0], [0, 0, 1, 0, 0], [0, 1, -4, 1, 0], [0, 0, 1, 0, 0], [0, 0, 0, 0, 0]]), 0);
  });
  it("gives the [[2,0,2],[0,−8,0],[2,0,2]] kernel for ksize 3", () => {
    const img = fromRows([[0, 0, 0], [0, 1, 0], [0, 0, 0]]);
    expect(laplacian(img, { ksize: 3, border: "constant" })).toBeCloseToImage(fromRows([[2, 0, 2], [0, -8, 0], [2, 0, 2]]), 0);
  });
  for (const ksize of [1, 3, 5, 7] as const) {
    it(`matches cv.Laplacian CV_32F (opencv-wasm) with ksize ${ksize}`, () => {
      const img = randomImage(14, 12, 1, ksize);
      expect(laplacian(img, { ksize })).toBeCloseToImage(cvLaplacian(img, ksize), 1e-4 * ksize ** 3);
    });
  }
  it("matches OpenCV's Python build", () => {
    const img = randomImage(10, 9, 1, 8);
    const ref = oracleImage(pythonOracle("result = cv2.Laplacian(img, cv2.CV_32F, ksize=3)", { img }));
    expect(laplacian(img, { ksize: 3 })).toBeCloseToImage(ref, 1e-4);
  });
  it("is zero on any linear ramp a + b·x + c·y (interior)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), (b, c) => {
        const img: Image = { width: 6, height: 6, channels: 1, data: new Float32Array(36) };
        for (let y = 0; y < 6; y++) for (let x = 0; x < 6; x++) img.data[y * 6 + x] = 0.5 + b * x + c * y;
        const out = laplacian(img);
        for (let y = 1; y < 5; y++) for (let x = 1; x < 5; x++) expect(Math.abs(out.data[y * 6 + x]!)).toBeLessThan(1e-5);
      }),
      { numRuns: 30 },
    );
  });
  it("rejects an even ksize", () => {
    expect(() => laplacian(randomImage(3, 3, 1, 1), { ksize: 2 as never })).toThrow(ArgumentRangeError);
  });
});
