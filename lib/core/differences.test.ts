import fc from "fast-check";
import { absDiff } from "./absDiff";
import { meanAbsDifference } from "./meanAbsDifference";
import { psnr } from "./psnr";
import { fromRows } from "./create";
import { randomImage } from "./random";
import { ArgumentTypeError } from "./errors";
import { opencv, toMat, fromMat, withMats } from "../cvbridge";
import { pythonOracle } from "../testing/pythonOracle";

describe("absDiff", () => {
  it("is |a − b| per value", () => {
    expect(absDiff(fromRows([[0, 0.5, 1]]), fromRows([[1, 0.25, 1]]))).toBeCloseToImage(fromRows([[1, 0.25, 0]]), 1e-7);
  });
  it("is symmetric and zero on equal images", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
        const a = randomImage(4, 3, 3, seed);
        const b = randomImage(4, 3, 3, seed + 1);
        expect(absDiff(a, b)).toBeCloseToImage(absDiff(b, a), 0);
        expect(meanAbsDifference(a, a)).toBe(0);
      }),
    );
  });
  it("agrees with cv.absdiff", () => {
    const a = randomImage(6, 4, 3, 1);
    const b = randomImage(6, 4, 3, 2);
    const cv = opencv();
    const ref = withMats((t) => {
      const dst = t(new cv.Mat());
      cv.absdiff(t(toMat(a)), t(toMat(b)), dst);
      return fromMat(dst);
    });
    expect(absDiff(a, b)).toBeCloseToImage(ref, 0);
  });
  it("rejects images of different shapes, naming b", () => {
    expect(() => absDiff(randomImage(2, 2, 1, 1), randomImage(2, 2, 3, 1))).toThrow(ArgumentTypeError);
    expect(() => absDiff(randomImage(2, 2, 1, 1), randomImage(2, 2, 3, 1))).toThrow(/^b:/);
  });
});

describe("meanAbsDifference", () => {
  it("averages |a − b| over all values", () => {
    expect(meanAbsDifference(fromRows([[0, 0.5, 1, 1]]), fromRows([[1, 0.25, 1, 0.75]]))).toBeCloseTo((1 + 0.25 + 0 + 0.25) / 4, 7);
  });
  it("equals cv2.norm(a, b, NORM_L1) / count", () => {
    const a = randomImage(7, 5, 3, 4);
    const b = randomImage(7, 5, 3, 5);
    const l1 = pythonOracle("result = cv2.norm(a, b, cv2.NORM_L1)", { a, b }) as number;
    expect(meanAbsDifference(a, b)).toBeCloseTo(l1 / a.data.length, 6);
  });
});

describe("psnr", () => {
  it("is 20·log10(1/√MSE): a uniform error of 0.1 gives 20 dB", () => {
    expect(psnr(fromRows([[0.5, 0.5]]), fromRows([[0.6, 0.4]]))).toBeCloseTo(20, 5);
  });
  it("scales with the peak: 8-bit units give the same dB", () => {
    const a = fromRows([[10, 20]]);
    const b = fromRows([[12, 18]]);
    expect(psnr(a, b, { peak: 255 })).toBeCloseTo(20 * Math.log10(255 / 2), 6);
  });
  it("is Infinity for identical images", () => {
    const a = randomImage(3, 3, 1, 1);
    expect(psnr(a, a)).toBe(Infinity);
  });
  it("agrees with cv2.PSNR", () => {
    const a = randomImage(8, 8, 3, 1);
    const b = randomImage(8, 8, 3, 2);
    const ref = pythonOracle("result = cv2.PSNR(a.astype(np.float64), b.astype(np.float64), 1.0)", { a, b }) as number;
    expect(psnr(a, b)).toBeCloseTo(ref, 6);
  });
  it("rejects a non-positive peak", () => {
    const a = randomImage(2, 2, 1, 1);
    expect(() => psnr(a, a, { peak: 0 })).toThrow(/options.peak/);
  });
});
