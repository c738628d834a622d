import fc from "fast-check";
import { threshold, ThresholdType } from "./threshold";
import { binary } from "./binary";
import { fromRows } from "../core/create";
import { randomImage } from "../core/random";
import { ArgumentRangeError, ArgumentTypeError } from "../core/errors";
import { opencv, toMat, fromMat, withMats } from "../cvbridge";
import { pythonOracle, oracleImage } from "../testing/pythonOracle";

const row = fromRows([[0, 0.25, 0.5, 0.75, 1]]);

describe("threshold", () => {
  it("binary / binaryInv are strict at t (hand-checked)", () => {
    expect(threshold(row, 0.5)).toBeCloseToImage(fromRows([[0, 0, 0, 1, 1]]), 0);
    expect(threshold(row, 0.5, { type: ThresholdType.binaryInv })).toBeCloseToImage(fromRows([[1, 1, 1, 0, 0]]), 0);
    expect(threshold(row, 0.5, { maxValue: 0.7 })).toBeCloseToImage(fromRows([[0, 0, 0, 0.7, 0.7]]), 1e-7);
  });
  it("truncate, toZero and toZeroInv (hand-checked)", () => {
    expect(threshold(row, 0.5, { type: "truncate" })).toBeCloseToImage(fromRows([[0, 0.25, 0.5, 0.5, 0.5]]), 0);
    expect(threshold(row, 0.5, { type: "toZero" })).toBeCloseToImage(fromRows([[0, 0, 0, 0.75, 1]]), 0);
    expect(threshold(row, 0.5, { type: "toZeroInv" })).toBeCloseToImage(fromRows([[0, 0.25, 0.5, 0, 0]]), 0);
  });
  it("binary + binaryInv = maxValue and toZero + toZeroInv = identity (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.double({ min: -0.5, max: 1.5, noNaN: true }), (seed, t) => {
        const img = randomImage(5, 4, 3, seed);
        const a = threshold(img, t).data;
        const b = threshold(img, t, { type: "binaryInv" }).data;
        const z = threshold(img, t, { type: "toZero" }).data;
        const zi = threshold(img, t, { type: "toZeroInv" }).data;
        for (let i = 0; i < a.length; i++) {
          expect(a[i]! + b[i]!).toBe(1);
          expect(z[i]! + zi[i]!).toBe(img.data[i]);
        }
      }),
    );
  });
  it("agrees with cv.threshold on CV_32F for every type", () => {
    const cv = opencv();
    const img = randomImage(13, 9, 1, 3);
    const codes: [ThresholdType, number][] = [
      ["binary", cv.THRESH_BINARY], ["binaryInv", cv.THRESH_BINARY_INV], ["truncate", cv.THRESH_TRUNC],
      ["toZero", cv.THRESH_TOZERO], ["toZeroInv", cv.THRESH_TOZERO_INV],
    ];
    for (const [type, code] of codes) {
      const ref = withMats((t) => {
        const dst = t(new cv.Mat());
        cv.threshold(t(toMat(img)), dst, 0.4, 1, code);
        return fromMat(dst);
      });
      expect(threshold(img, 0.4, { type })).toBeCloseToImage(ref, 0);
    }
  });
  it("agrees with cv2.threshold on a 3-channel float image", () => {
    const img = randomImage(8, 6, 3, 4);
    const ref = oracleImage(pythonOracle("result = cv2.threshold(img, 0.3, 1.0, cv2.THRESH_TRUNC)[1]", { img }));
    expect(threshold(img, 0.3, { type: "truncate" })).toBeCloseToImage(ref, 1e-7);
  });
  it("rejects an unknown type and a non-numeric t, naming them", () => {
    expect(() => threshold(row, 0.5, { type: "otsu" as never })).toThrow(ArgumentRangeError);
    expect(() => threshold(row, 0.5, { type: "otsu" as never })).toThrow(/options.type/);
    expect(() => threshold(row, "0.5" as never)).toThrow(ArgumentTypeError);
  });
});

describe("binary", () => {
  it("is threshold binary, or binaryInv with inverse", () => {
    expect(binary(row, 0.25)).toBeCloseToImage(fromRows([[0, 0, 1, 1, 1]]), 0);
    expect(binary(row, 0.25, { inverse: true })).toBeCloseToImage(fromRows([[1, 1, 0, 0, 0]]), 0);
  });
  it("works on a 1×1 image", () => {
    expect(binary(fromRows([[0.6]]), 0.5).data[0]).toBe(1);
  });
});

describe("threshold with options.out", () => {
  it("writes into the given buffer (binary and threshold)", () => {
    const out = new Float32Array(5);
    expect(binary(row, 0.5, { out }).data).toBe(out);
    expect(Array.from(out)).toEqual([0, 0, 0, 1, 1]);
    expect(() => threshold(row, 0.5, { out: new Float32Array(4) })).toThrow(/options.out/);
  });
});
