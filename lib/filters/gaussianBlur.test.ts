import fc from "fast-check";
import { randomImage, type Image } from "../core";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { oracleImage, pythonOracle } from "../testing/pythonOracle";
import { gaussianBlur, separableFilter, gaussianKernel1d } from ".";

function cvGauss(img: Image, size: number, sigma: number, border?: number): Image {
  return withMats((track) => {
    const cv = opencv();
    const dst = track(new cv.Mat());
    cv.GaussianBlur(track(toMat(img)), dst, new cv.Size(size, size), sigma, sigma, border ?? cv.BORDER_DEFAULT);
    return fromMat(dst);
  });
}

describe("gaussianBlur", () => {
  it.each([[3, 0.8], [5, 1], [7, 1.5], [9, 2], [13, 2]])("matches cv.GaussianBlur on float input within 1e-5 (size %p, σ %p; grey and RGB)", (size, sigma) => {
    for (const c of [1, 3]) {
      const img = randomImage(37, 23, c, size);
      expect(gaussianBlur(img, { sigma, size })).toBeCloseToImage(cvGauss(img, size, sigma), 1e-5);
    }
  });
  it("matches cv.GaussianBlur 5×5 on every width 1…12 and heights 1…7 (fused row-pair path, its tails and fallbacks)", () => {
    for (let w = 1; w <= 12; w++) {
      for (let h = 1; h <= 7; h++) {
        const img = randomImage(w, h, 1, 31 * w + h);
        expect(gaussianBlur(img, { sigma: 1, size: 5 })).toBeCloseToImage(cvGauss(img, 5, 1), 1e-5);
      }
    }
  });
  it("matches cv.GaussianBlur with replicate and constant borders", () => {
    const cv = opencv();
    const img = randomImage(12, 10, 1, 1);
    expect(gaussianBlur(img, { sigma: 1, size: 5, border: "replicate" })).toBeCloseToImage(cvGauss(img, 5, 1, cv.BORDER_REPLICATE), 1e-5);
    expect(gaussianBlur(img, { sigma: 1, size: 5, border: "constant" })).toBeCloseToImage(cvGauss(img, 5, 1, cv.BORDER_CONSTANT), 1e-5);
  });
  it("matches cv2.GaussianBlur (Python) and its default size differs as documented", () => {
    const img = randomImage(20, 15, 1, 4);
    const theirs = oracleImage(pythonOracle("result = cv2.GaussianBlur(img, (7, 7), 1.0)", { img }));
    expect(gaussianBlur(img, { sigma: 1 })).toBeCloseToImage(theirs, 1e-5); // ours: 2⌈3σ⌉+1 = 7
    const cvDefault = oracleImage(pythonOracle("result = cv2.GaussianBlur(img, (0, 0), 1.0)", { img })); // OpenCV float: round(8σ+1)|1 = 9
    expect(gaussianBlur(img, { sigma: 1, size: 9 })).toBeCloseToImage(cvDefault, 1e-5);
  });
  it("equals separableFilter with gaussianKernel1d and preserves the mean of a constant image", () => {
    const img = randomImage(9, 9, 1, 2);
    const k = gaussianKernel1d(1.2);
    expect(gaussianBlur(img, { sigma: 1.2 })).toBeCloseToImage(separableFilter(img, k, k), 1e-7);
    const flat = { ...img, data: new Float32Array(81).fill(0.7) };
    expect(gaussianBlur(flat, { sigma: 2 })).toBeCloseToImage(flat, 1e-6);
  });
  it("composes: blur(σ1) ∘ blur(σ2) ≈ blur(√(σ1² + σ2²)) away from the borders", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.8, max: 1.5, noNaN: true }), fc.double({ min: 0.8, max: 1.5, noNaN: true }), (s1, s2) => {
        const img = randomImage(40, 40, 1, 3);
        const a = gaussianBlur(gaussianBlur(img, { sigma: s1, size: 15 }), { sigma: s2, size: 15 });
        const b = gaussianBlur(img, { sigma: Math.hypot(s1, s2), size: 21 });
        for (let y = 12; y < 28; y++) for (let x = 12; x < 28; x++) expect(Math.abs(a.data[y * 40 + x]! - b.data[y * 40 + x]!)).toBeLessThan(2e-3);
      }),
      { numRuns: 8 },
    );
  });
  it("writes into options.out and handles 1×1 and 1×N images", () => {
    const img = randomImage(5, 1, 1, 6);
    const out = new Float32Array(5);
    const r = gaussianBlur(img, { sigma: 1, size: 5, out });
    expect(r.data).toBe(out);
    expect(r).toBeCloseToImage(cvGauss(img, 5, 1), 1e-6);
    expect(Array.from(gaussianBlur({ width: 1, height: 1, channels: 1, data: new Float32Array([0.3]) }).data)[0]).toBeCloseTo(0.3, 6);
  });
  it("rejects σ ≤ 0, an even size and a wrong out buffer, naming the option", () => {
    const img = randomImage(3, 3, 1, 1);
    expect(() => gaussianBlur(img, { sigma: 0 })).toThrow(/options\.sigma/);
    expect(() => gaussianBlur(img, { size: 4 })).toThrow(/options\.size/);
    expect(() => gaussianBlur(img, { out: new Float32Array(2) })).toThrow(/options\.out/);
    expect(() => gaussianBlur(img, { out: img.data })).toThrow(/options\.out/);
  });
});
