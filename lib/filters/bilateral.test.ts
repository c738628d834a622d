import { randomImage, type Image } from "../core";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { oracleImage, pythonOracle } from "../testing/pythonOracle";
import { bilateral } from ".";

function cvBilateral(img: Image, d: number, sc: number, ss: number): Image {
  return withMats((track) => {
    const cv = opencv();
    const dst = track(new cv.Mat());
    cv.bilateralFilter(track(toMat(img)), dst, d, sc, ss, cv.BORDER_DEFAULT);
    return fromMat(dst);
  });
}

describe("bilateral", () => {
  it.each([[5, 0.1, 2], [9, 0.2, 3], [0, 0.05, 2], [3, 1, 1]])("matches cv.bilateralFilter on float input within 1e-5 (d %p, σc %p, σs %p), grey and RGB", (d, sc, ss) => {
    for (const c of [1, 3]) {
      const img = randomImage(30, 21, c, d + c);
      expect(bilateral(img, { diameter: d, sigmaColor: sc, sigmaSpace: ss })).toBeCloseToImage(cvBilateral(img, d, sc, ss), 1e-5);
    }
  });
  it("matches cv2.bilateralFilter (Python)", () => {
    const img = randomImage(16, 12, 3, 5);
    const theirs = oracleImage(pythonOracle("result = cv2.bilateralFilter(img, 7, 0.15, 2.5)", { img }));
    expect(bilateral(img, { diameter: 7, sigmaColor: 0.15, sigmaSpace: 2.5 })).toBeCloseToImage(theirs, 1e-5);
  });
  it("keeps a step edge that a Gaussian of the same σ would smear, and returns a constant image unchanged", () => {
    const w = 10;
    const step = { width: w, height: 4, channels: 1, data: Float32Array.from({ length: 40 }, (_, i) => (i % w < 5 ? 0.2 : 0.8)) };
    const out = bilateral(step, { diameter: 5, sigmaColor: 0.05, sigmaSpace: 2 });
    expect(out).toBeCloseToImage(step, 1e-6);
    const flat = { width: 3, height: 3, channels: 1, data: new Float32Array(9).fill(0.5) };
    expect(bilateral(flat)).toBeCloseToImage(flat, 0);
  });
  it("rejects 2-channel images and a non-integer diameter, naming them", () => {
    expect(() => bilateral(randomImage(3, 3, 2, 1))).toThrow(/^image:/);
    expect(() => bilateral(randomImage(3, 3, 1, 1), { diameter: 2.5 })).toThrow(/options\.diameter/);
  });
});
