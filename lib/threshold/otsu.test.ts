import fc from "fast-check";
import { otsu } from "./otsu";
import { otsuThreshold } from "./otsuThreshold";
import { otsuObjective } from "./otsuObjective";
import { fromRows } from "../core/create";
import { randomImage } from "../core/random";
import { ArgumentTypeError } from "../core/errors";
import { histogram8 } from "../histogram/histogram8";
import { opencv } from "../cvbridge";
import { pythonOracle, oracleImage } from "../testing/pythonOracle";
import { bimodal, cvThreshold8 } from "./testing/thresholdTestUtil";

const OTSU = () => opencv().THRESH_BINARY | opencv().THRESH_OTSU;

describe("otsuThreshold", () => {
  it("splits two equal spikes at the lower one (hand-checked)", () => {
    const h = new Array(256).fill(0);
    h[50] = 10;
    h[200] = 10;
    // every t in 50..199 gives the same σ²_B = ¼·150²; the first maximum wins
    expect(otsuThreshold(h)).toBe(50);
    const sigma = otsuObjective(h);
    expect(sigma[50]).toBeCloseTo(0.25 * 150 * 150, 6);
    expect(sigma[199]).toBeCloseTo(0.25 * 150 * 150, 6);
    expect(sigma[49]).toBe(0);
  });
  it("maximises between-class variance (not within-class): three spikes", () => {
    const h = new Array(256).fill(0);
    h[10] = 50;
    h[100] = 30;
    h[110] = 20;
    // splits: after 10 → σ² = .5·.5·(10 − 104)² = 2209; after 100 → .8·.2·(43.75 − 110)² = 702.25
    expect(otsuThreshold(h)).toBe(10);
    expect(otsuObjective(h)[10]).toBeCloseTo(2209, 6);
    expect(otsuObjective(h)[100]).toBeCloseTo(702.25, 6);
  });
  it("accepts an image or its histogram with the same result", () => {
    const img = bimodal(40, 30, 1);
    expect(otsuThreshold(img)).toBe(otsuThreshold(histogram8(img)[0]!));
  });
  it("is the arg-max of otsuObjective (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 500 }), { minLength: 256, maxLength: 256 }), (h) => {
        const sigma = otsuObjective(h);
        let best = 0;
        for (let t = 0; t < 256; t++) if (sigma[t]! > sigma[best]!) best = t;
        expect(otsuThreshold(h)).toBe(best);
      }),
      { numRuns: 100 },
    );
  });
  it("matches cv.threshold THRESH_OTSU exactly on many 8-bit images (opencv-wasm)", () => {
    const images = [bimodal(64, 48, 1), bimodal(37, 1, 2), bimodal(1, 50, 3, 20, 230, 5, 0.05), randomImage(50, 40, 1, 4), bimodal(80, 60, 5, 120, 130, 3, 0.5)];
    for (const img of images) {
      const ref = cvThreshold8(img, 0, OTSU());
      const ours = otsu(img);
      expect(ours.threshold).toBe(ref.threshold);
      expect(ours.image).toBeCloseToImage(ref.image, 0);
    }
  });
  it("matches cv.threshold THRESH_OTSU on random bimodal images (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (seed, m1, m2, share) => {
        const img = bimodal(24, 16, seed, m1, m2, 15, share);
        expect(otsuThreshold(img)).toBe(cvThreshold8(img, 0, OTSU()).threshold);
      }),
      { numRuns: 150 },
    );
  });
  it("matches cv2.threshold THRESH_OTSU (threshold and image)", () => {
    const img = bimodal(96, 64, 7);
    const out = pythonOracle("t, d = cv2.threshold(np.round(img*255).astype(np.uint8), 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)\nresult = {'t': t, 'd': d.astype(np.float32)/255}", { img }) as { t: number; d: never };
    const ours = otsu(img, { inverse: true });
    expect(ours.threshold).toBe(out.t);
    expect(ours.image).toBeCloseToImage(oracleImage(out.d), 0);
  });
  it("a uniform image gives threshold 0, like OpenCV", () => {
    const img = fromRows([[0.5, 0.5], [0.5, 0.5]]);
    const ref = cvThreshold8(img, 0, OTSU());
    expect(otsu(img).threshold).toBe(0);
    expect(ref.threshold).toBe(0);
    expect(otsu(img).image).toBeCloseToImage(ref.image, 0);
    expect(otsuThreshold(new Array(256).fill(0))).toBe(0);
  });
  it("rejects colour images and histograms of the wrong length", () => {
    expect(() => otsu(randomImage(2, 2, 3, 1))).toThrow(ArgumentTypeError);
    expect(() => otsuThreshold([1, 2, 3])).toThrow(/input/);
    expect(() => otsuThreshold(new Array(256).fill(-1))).toThrow(/input\[0\]/);
  });
});
