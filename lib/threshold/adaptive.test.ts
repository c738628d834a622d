import fc from "fast-check";
import { adaptive, type AdaptiveMethod } from "./adaptive";
import { fromRows } from "../core/create";
import { randomImage } from "../core/random";
import { ArgumentRangeError, ArgumentTypeError } from "../core/errors";
import type { Image } from "../core/image";
import { opencv, toMat, fromMat, withMats } from "../cvbridge";
import { pythonOracle, oracleImage } from "../testing/pythonOracle";
import { unevenPage, bimodal } from "./testing/thresholdTestUtil";

function cvAdaptive(img: Image, blockSize: number, C: number, method: AdaptiveMethod, inverse: boolean): Image {
  const cv = opencv();
  return withMats((t) => {
    const dst = t(new cv.Mat());
    cv.adaptiveThreshold(
      t(toMat(img, { depth: "uint8" })), dst, 255,
      method === "mean" ? cv.ADAPTIVE_THRESH_MEAN_C : cv.ADAPTIVE_THRESH_GAUSSIAN_C,
      inverse ? cv.THRESH_BINARY_INV : cv.THRESH_BINARY, blockSize, C,
    );
    return fromMat(dst);
  });
}
function mismatches(a: Image, b: Image): number {
  let n = 0;
  for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) n++;
  return n;
}

describe("adaptive", () => {
  it("compares each pixel with its replicated-border 3×3 mean minus C (hand-checked)", () => {
    // centre 100 among 90s: mean = round((8·90 + 100)/9) = 91; 100 > 91 − 2 → 1; 90 > 89 → 1
    const L = (v: number) => v / 255;
    const img = fromRows([[L(90), L(90), L(90)], [L(90), L(100), L(90)], [L(90), L(90), L(90)]]);
    expect(adaptive(img, { blockSize: 3, C: 2 }).data[4]).toBe(1);
    // with C = −10 the centre needs > 101: off; corners (mean 91) need > 101: off
    expect(Array.from(adaptive(img, { blockSize: 3, C: -10 }).data)).toEqual(new Array(9).fill(0));
  });
  it("is bit-exact with cv.adaptiveThreshold MEAN_C for many block sizes, C values and inverse", () => {
    const img = unevenPage(97, 61, 1);
    for (const blockSize of [3, 5, 7, 11, 15, 17, 25, 31, 51, 99]) {
      for (const C of [2, -3, 0, 4.5, -2.5]) {
        for (const inverse of [false, true]) {
          expect(adaptive(img, { blockSize, C, method: "mean", inverse })).toBeCloseToImage(cvAdaptive(img, blockSize, C, "mean", inverse), 0);
        }
      }
    }
  });
  it("is bit-exact with cv.adaptiveThreshold MEAN_C on random images (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: -10, max: 10 }), (seed, half, C) => {
        const img = randomImage(23, 17, 1, seed);
        const b = 2 * half + 1;
        expect(adaptive(img, { blockSize: b, C })).toBeCloseToImage(cvAdaptive(img, b, C, "mean", false), 0);
      }),
      { numRuns: 60 },
    );
  });
  it("agrees with cv.adaptiveThreshold GAUSSIAN_C (≥ 99.9% of pixels; float rounding ties aside)", () => {
    const img = unevenPage(120, 80, 2);
    for (const blockSize of [3, 5, 7, 9, 11, 21, 35]) {
      for (const inverse of [false, true]) {
        const m = mismatches(adaptive(img, { blockSize, C: 3, method: "gaussian", inverse }), cvAdaptive(img, blockSize, 3, "gaussian", inverse));
        expect(m).toBeLessThanOrEqual(img.data.length / 1000);
      }
    }
  });
  it("agrees with cv2.adaptiveThreshold (mean exact, gaussian ≥ 99.9%)", () => {
    const img = unevenPage(90, 70, 3);
    const code = (m: string) => `result = cv2.adaptiveThreshold(np.round(img*255).astype(np.uint8), 255, cv2.ADAPTIVE_THRESH_${m}_C, cv2.THRESH_BINARY, 15, 4).astype(np.float32)/255`;
    expect(adaptive(img, { blockSize: 15, C: 4 })).toBeCloseToImage(oracleImage(pythonOracle(code("MEAN"), { img })), 0);
    const g = oracleImage(pythonOracle(code("GAUSSIAN"), { img }));
    expect(mismatches(adaptive(img, { blockSize: 15, C: 4, method: "gaussian" }), g)).toBeLessThanOrEqual(img.data.length / 1000);
  });
  it("beats a global threshold under uneven light: ink found on both sides", () => {
    const img = unevenPage(120, 40, 4);
    const ink = adaptive(img, { blockSize: 15, C: 10, inverse: true });
    let left = 0;
    let right = 0;
    for (let y = 0; y < 40; y++) for (let x = 0; x < 120; x++) if (ink.data[y * 120 + x]) (x < 60 ? left++ : right++);
    expect(left).toBeGreaterThan(200);
    expect(right).toBeGreaterThan(200);
  });
  it("handles 1×1 and 1×N images like OpenCV", () => {
    for (const img of [fromRows([[0.5]]), bimodal(1, 30, 5), bimodal(30, 1, 6)]) {
      expect(adaptive(img, { blockSize: 5 })).toBeCloseToImage(cvAdaptive(img, 5, 2, "mean", false), 0);
    }
  });
  it("rejects even or too small blocks, colour input and unknown methods", () => {
    const img = randomImage(8, 8, 1, 1);
    expect(() => adaptive(img, { blockSize: 4 })).toThrow(ArgumentRangeError);
    expect(() => adaptive(img, { blockSize: 1 })).toThrow(/options.blockSize/);
    expect(() => adaptive(randomImage(8, 8, 3, 1))).toThrow(ArgumentTypeError);
    expect(() => adaptive(img, { method: "median" as never })).toThrow(/options.method/);
  });
});
