import fc from "fast-check";
import { ArgumentRangeError, fromRows, randomImage, type Image } from "../core";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { oracleImage, pythonOracle } from "../testing/pythonOracle";
import { convolve2d, correlate2d, kernelFromRows, type BorderMode, type Kernel } from ".";

const cvBorder = (mode: BorderMode): number => {
  const cv = opencv();
  return { constant: cv.BORDER_CONSTANT, replicate: cv.BORDER_REPLICATE, reflect: cv.BORDER_REFLECT, reflect101: cv.BORDER_REFLECT_101, wrap: cv.BORDER_WRAP }[mode];
};
/** cv.filter2D with the kernel rotated 180° when `flip` (= true convolution). */
function cvFilter(img: Image, k: Kernel, flip: boolean, border: BorderMode = "reflect101"): Image {
  return withMats((track) => {
    const cv = opencv();
    const src = track(toMat(img));
    const kernel = track(new cv.Mat(k.height, k.width, cv.CV_32FC1));
    kernel.data32F.set(Array.from(k.data));
    if (flip) cv.flip(kernel, kernel, -1);
    const dst = track(new cv.Mat());
    cv.filter2D(src, dst, -1, kernel, new cv.Point(-1, -1), 0, cvBorder(border));
    return fromMat(dst);
  });
}
const asym = kernelFromRows([[1, 2, 0], [0, 0, -1], [3, 0, 0]]);

describe("convolve2d", () => {
  it("flips the kernel: an impulse reproduces the kernel itself (correlation gives it rotated)", () => {
    const impulse = fromRows([[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]);
    const conv = convolve2d(impulse, asym, { border: "constant" });
    const corr = correlate2d(impulse, asym, { border: "constant" });
    const centre = (img: Image) => [1, 2, 3].map((y) => [1, 2, 3].map((x) => img.data[y * 5 + x]));
    expect(centre(conv)).toEqual([[1, 2, 0], [0, 0, -1], [3, 0, 0]]);
    expect(centre(corr)).toEqual([[0, 0, 3], [-1, 0, 0], [0, 2, 1]]);
  });
  it("computes a hand-checked 3×3 example with the default reflect-101 border", () => {
    // f = [[1,2],[3,4]], k = [[0,0,0],[1,0,0],[0,0,0]] (flipped: takes the right neighbour); reflect101 right of col 1 is col 0.
    const out = convolve2d(fromRows([[1, 2], [3, 4]]), kernelFromRows([[0, 0, 0], [1, 0, 0], [0, 0, 0]]));
    expect(Array.from(out.data)).toEqual([2, 1, 4, 3]);
  });
  it.each(["reflect101", "replicate", "reflect", "constant"] as const)("equals cv.filter2D with the flipped kernel (%s border)", (border) => {
    const img = randomImage(13, 9, 3, 5);
    const k = kernelFromRows([[0.1, -0.2, 0.3, 0, 0.5], [1, 0.7, -0.4, 0.2, 0.1], [0.05, 0, 0, 0.3, -0.6]]);
    expect(convolve2d(img, k, { border })).toBeCloseToImage(cvFilter(img, k, true, border), 1e-5);
    expect(convolve2d(img, k, { border })).not.toBeCloseToImage(cvFilter(img, k, false, border), 1e-3);
  });
  it("equals cv2.filter2D(img, -1, cv2.flip(k, -1)) in Python", () => {
    const img = randomImage(8, 7, 1, 9);
    const k = asym;
    const theirs = oracleImage(pythonOracle("result = cv2.filter2D(img, -1, cv2.flip(k, -1))", { img, k: { shape: [3, 3], data: Array.from(k.data) } }));
    expect(convolve2d(img, k)).toBeCloseToImage(theirs, 1e-5);
  });
  it("is linear: conv(a·f + b·g) = a·conv(f) + b·conv(g)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), (seed, a, b) => {
        const f = randomImage(7, 6, 1, seed);
        const g = randomImage(7, 6, 1, seed + 1);
        const mix = { ...f, data: f.data.map((v, i) => a * v + b * g.data[i]!) };
        const lhs = convolve2d(mix, asym);
        const cf = convolve2d(f, asym).data, cg = convolve2d(g, asym).data;
        const rhs = { ...f, data: cf.map((v, i) => a * v + b * cg[i]!) };
        expect(lhs).toBeCloseToImage(rhs, 1e-4);
      }),
      { numRuns: 30 },
    );
  });
  it("is shift-equivariant (periodic border): conv(shift(f)) = shift(conv(f))", () => {
    const shift = (img: Image, dx: number, dy: number): Image => {
      const { width: w, height: h } = img;
      const data = new Float32Array(w * h);
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data[((y + dy) % h) * w + ((x + dx) % w)] = img.data[y * w + x]!;
      return { ...img, data };
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 5 }), (seed, dx, dy) => {
        const f = randomImage(8, 6, 1, seed);
        expect(convolve2d(shift(f, dx, dy), asym, { border: "wrap" })).toBeCloseToImage(shift(convolve2d(f, asym, { border: "wrap" }), dx, dy), 1e-5);
      }),
      { numRuns: 30 },
    );
  });
  it("handles a 1×1 and a 1×N image", () => {
    expect(Array.from(convolve2d(fromRows([[0.5]]), asym).data)).toEqual([0.5 * 5]); // reflect101 of 1 pixel: every tap reads it
    const row = fromRows([[1, 2, 3, 4]]);
    expect(convolve2d(row, kernelFromRows([[1, 0, 0]]))).toBeCloseToImage(cvFilter(row, kernelFromRows([[1, 0, 0]]), true), 1e-6);
  });
  it("accepts a 1-channel Image as kernel and rejects an even kernel with an ArgumentRangeError naming `kernel`", () => {
    const img = randomImage(4, 4, 1, 2);
    expect(convolve2d(img, fromRows([[0, 0, 0], [0, 1, 0], [0, 0, 0]]))).toBeCloseToImage(img, 0);
    const even = () => convolve2d(img, kernelFromRows([[1, 1], [1, 1]]));
    expect(even).toThrow(ArgumentRangeError);
    expect(even).toThrow(/^kernel:/);
    expect(() => convolve2d(img, { width: 3, height: 3, data: [1, 2] })).toThrow(/kernel/);
    expect(() => convolve2d(img, randomImage(3, 3, 3, 1))).toThrow(/kernel.*1 channel/);
  });
});

describe("correlate2d", () => {
  it("equals cv.filter2D (no flip) on RGB input", () => {
    const img = randomImage(10, 8, 3, 7);
    expect(correlate2d(img, asym)).toBeCloseToImage(cvFilter(img, asym, false), 1e-5);
  });
  it("with a symmetric kernel equals convolution", () => {
    const img = randomImage(6, 6, 1, 4);
    const k = kernelFromRows([[1, 2, 1], [2, 4, 2], [1, 2, 1]]);
    expect(correlate2d(img, k)).toBeCloseToImage(convolve2d(img, k), 0);
  });
});
