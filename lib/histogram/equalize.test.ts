import fc from "fast-check";
import { equalize } from "./equalize";
import { histogram8 } from "./histogram8";
import { fromRows } from "../core/create";
import { randomImage, seededRandom } from "../core/random";
import { ArgumentTypeError } from "../core/errors";
import type { Image } from "../core/image";
import { opencv, toMat, fromMat, withMats } from "../cvbridge";
import { pythonOracle, oracleImage } from "../testing/pythonOracle";

function cvEqualize(image: Image): Image {
  const cv = opencv();
  return withMats((t) => {
    const dst = t(new cv.Mat());
    cv.equalizeHist(t(toMat(image, { depth: "uint8" })), dst);
    return fromMat(dst);
  });
}
/** An 8-bit-valued image with a skewed (dark, narrow) histogram. */
function skewed(width: number, height: number, seed: number, lo = 30, spread = 60): Image {
  const rng = seededRandom(seed);
  const data = new Float32Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = Math.min(255, lo + Math.floor(spread * rng.next() ** 2)) / 255;
  return { width, height, channels: 1, data };
}

describe("equalize", () => {
  it("maps a hand-checked 2×2 image: levels {0, 85, 170, 255} stay put", () => {
    // cdf = 1,2,3,4; cdfMin = 1; lut = round((cdf − 1)·255/3) = 0, 85, 170, 255
    const img = fromRows([[10 / 255, 20 / 255], [30 / 255, 40 / 255]]);
    expect(equalize(img)).toBeCloseToImage(fromRows([[0, 85 / 255], [170 / 255, 1]]), 1e-7);
  });
  it("normalises by the CDF's minimum (the first level maps to 0)", () => {
    const out = equalize(fromRows([[0.5, 0.5, 0.6, 0.7]]));
    expect(out.data[0]).toBe(0);
    expect(out.data[3]).toBe(1);
  });
  it("leaves a uniform image at its level, as cv.equalizeHist", () => {
    const img = fromRows([[0.4, 0.4], [0.4, 0.4]]);
    const out = equalize(img);
    expect(out).toBeCloseToImage(cvEqualize(img), 0);
    expect(out.data[0]).toBeCloseTo(Math.round(0.4 * 255) / 255, 7);
  });
  it("is bit-exact with cv.equalizeHist (opencv-wasm) on 8-bit inputs of many shapes", () => {
    const cases = [skewed(64, 48, 1), skewed(1, 1, 2), skewed(1, 37, 3), skewed(37, 1, 4), skewed(255, 3, 5, 0, 255), randomImage(50, 50, 1, 6), skewed(97, 89, 7, 200, 55)];
    for (const img of cases) expect(equalize(img)).toBeCloseToImage(cvEqualize(img), 0);
  });
  it("is bit-exact with cv.equalizeHist on random histograms (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 255 }), (seed, lo, spread) => {
        const img = skewed(23, 19, seed, lo, spread);
        expect(equalize(img)).toBeCloseToImage(cvEqualize(img), 0);
      }),
      { numRuns: 200 },
    );
  });
  it("is bit-exact with cv2.equalizeHist", () => {
    const img = skewed(128, 96, 8);
    const ref = oracleImage(pythonOracle("result = cv2.equalizeHist(np.round(img*255).astype(np.uint8)).astype(np.float32)/255", { img }));
    expect(equalize(img)).toBeCloseToImage(ref, 0);
  });
  it("is idempotent on its 8-bit output up to rounding and flattens the CDF", () => {
    const img = skewed(64, 64, 9);
    const once = equalize(img);
    const twice = equalize(once);
    expect(twice).toBeCloseToImage(once, 1 / 255 + 1e-7);
    // used levels spread over the whole range
    const h = histogram8(once)[0]!;
    expect(h[0]).toBeGreaterThan(0);
    expect(h[255]).toBeGreaterThan(0);
  });
  it("rejects colour images with a hint", () => {
    expect(() => equalize(randomImage(2, 2, 3, 1))).toThrow(ArgumentTypeError);
    expect(() => equalize(randomImage(2, 2, 3, 1))).toThrow(/rgbToGray/);
  });
});

describe("equalize with options.out", () => {
  it("writes into the given buffer and returns it as the image data", () => {
    const img = skewed(16, 8, 10);
    const out = new Float32Array(128);
    const res = equalize(img, { out });
    expect(res.data).toBe(out);
    expect(res).toBeCloseToImage(cvEqualize(img), 0);
  });
  it("works in place (out = the input's own data) and into a view at an offset, for every length 1…13", () => {
    for (let n = 1; n <= 13; n++) {
      const img = skewed(n, 1, n);
      const expected = equalize(img);
      const copy = { ...img, data: img.data.slice() };
      expect(equalize(copy, { out: copy.data })).toBeCloseToImage(expected, 0);
      const backing = new Float32Array(n + 3);
      expect(equalize(img, { out: backing.subarray(1, 1 + n) })).toBeCloseToImage(expected, 0);
      expect(equalize(img)).toBeCloseToImage(cvEqualize(img), 0);
    }
  });
  it("rejects a buffer of the wrong length, naming options.out", () => {
    expect(() => equalize(skewed(4, 4, 1), { out: new Float32Array(3) })).toThrow(/options.out/);
  });
});
