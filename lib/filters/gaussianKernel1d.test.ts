import { pythonOracle, type OracleArray } from "../testing/pythonOracle";
import { gaussianKernel1d } from ".";

// opencv-wasm 4.3 does not export getGaussianKernel: ask OpenCV's Python build.
const cvKernel = (size: number, sigma: number): number[] =>
  Array.from((pythonOracle(`result = cv2.getGaussianKernel(${size}, ${sigma}, ktype=cv2.CV_64F)`, {}) as OracleArray).data);

describe("gaussianKernel1d", () => {
  it.each([[0.5, 3], [1, 5], [1, 7], [1.5, 9], [2.3, 15], [0.8, 0]])("equals cv.getGaussianKernel for σ=%p (size %p; 0 = default)", (sigma, size) => {
    const k = gaussianKernel1d(sigma, size ? { size } : {});
    const ref = cvKernel(k.length, sigma);
    k.forEach((v, i) => expect(v).toBeCloseTo(ref[i]!, 12));
  });
  it("has size 2⌈3σ⌉+1 by default, sums to 1 and is symmetric with its peak in the middle", () => {
    const k = gaussianKernel1d(1);
    expect(k.length).toBe(7);
    expect(k.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(k[0]).toBeCloseTo(k[6]!, 15);
    expect(k[3]).toBeCloseTo(0.3990503, 6); // reference value: e^0 / Σ e^{−i²/2}
  });
  it("follows OpenCV for σ = 0: fixed binomial kernels up to 7, else σ = 0.3·((size−1)/2 − 1) + 0.8", () => {
    expect(Array.from(gaussianKernel1d(0, { size: 5 }))).toEqual([0.0625, 0.25, 0.375, 0.25, 0.0625]);
    expect(Array.from(gaussianKernel1d(0, { size: 5 }))).toEqual(cvKernel(5, 0));
    const k = gaussianKernel1d(0, { size: 9 });
    cvKernel(9, 1.7).forEach((v, i) => expect(k[i]).toBeCloseTo(v, 12)); // (OpenCV 4.14 itself quantises σ=0 kernels to 1/256)
  });
  it("rejects negative σ, even sizes and σ = 0 without a size, naming the argument", () => {
    expect(() => gaussianKernel1d(-1)).toThrow(/^sigma:/);
    expect(() => gaussianKernel1d(1, { size: 4 })).toThrow(/options\.size/);
    expect(() => gaussianKernel1d(0)).toThrow(/options\.size/);
  });
});
