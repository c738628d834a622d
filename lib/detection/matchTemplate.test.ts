import fc from "fast-check";
import { fromRows, randomImage } from "../core";
import type { Image } from "../core/image";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { oracleImage, pythonOracle } from "../testing/pythonOracle";
import { matchTemplate, MatchMethod } from "./matchTemplate";
import { minMaxLoc } from "./minMaxLoc";

function cvMatch(img: Image, tpl: Image, method: MatchMethod): Image {
  const cv = opencv();
  const flag = { ssd: cv.TM_SQDIFF, ssdNormed: cv.TM_SQDIFF_NORMED, ccorr: cv.TM_CCORR, ncc: cv.TM_CCORR_NORMED, ccoeff: cv.TM_CCOEFF, ccoeffNormed: cv.TM_CCOEFF_NORMED }[method];
  return withMats((t) => {
    const dst = t(new cv.Mat());
    cv.matchTemplate(t(toMat(img)), t(toMat(tpl)), dst, flag);
    return fromMat(dst);
  });
}
const crop = (img: Image, x: number, y: number, w: number, h: number): Image => {
  const data = new Float32Array(w * h);
  for (let j = 0; j < h; j++) data.set(img.data.subarray((y + j) * img.width + x, (y + j) * img.width + x + w), j * w);
  return { width: w, height: h, channels: 1, data };
};
/** Tolerance relative to the score scale (OpenCV correlates in float32 DFTs). */
const scale = (img: Image) => img.data.reduce((m, v) => Math.max(m, Math.abs(v)), 1);

describe("matchTemplate", () => {
  it("scores SSD by hand on a 1×4 row", () => {
    const out = matchTemplate(fromRows([[0, 1, 2, 3]]), fromRows([[1, 2]]), "ssd");
    expect(Array.from(out.data)).toEqual([2, 0, 2]);
  });
  it("finds an exact crop with ccoeffNormed = 1 at its position", () => {
    const img = randomImage(40, 30, 1, 1);
    const r = matchTemplate(img, crop(img, 11, 7, 9, 6));
    const { max, maxLoc } = minMaxLoc(r);
    expect(max).toBeCloseTo(1, 6);
    expect(maxLoc).toEqual({ x: 11, y: 7 });
  });
  it.each(Object.values(MatchMethod))("matches cv.matchTemplate for %s (direct and FFT paths)", (method) => {
    const img = randomImage(70, 50, 1, 2);
    const tpl = crop(randomImage(70, 50, 1, 3), 5, 5, 12, 9);
    const ref = cvMatch(img, tpl, method);
    const tol = 2e-5 * scale(ref);
    expect(matchTemplate(img, tpl, method, { algorithm: "direct" })).toBeCloseToImage(ref, tol);
    expect(matchTemplate(img, tpl, method, { algorithm: "fft" })).toBeCloseToImage(ref, tol);
  });
  it("FFT and direct agree on many sizes (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (W, H, w, h) => {
        fc.pre(w <= W && h <= H);
        const img = randomImage(W, H, 1, W * H);
        const tpl = randomImage(w, h, 1, w + h);
        const a = matchTemplate(img, tpl, "ccorr", { algorithm: "direct" });
        expect(matchTemplate(img, tpl, "ccorr", { algorithm: "fft" })).toBeCloseToImage(a, 1e-9 * w * h + 1e-6);
      }),
      { numRuns: 60 },
    );
  });
  it("is invariant to brightness and contrast changes of the image (ccoeffNormed law)", () => {
    const img = randomImage(30, 20, 1, 4);
    const tpl = crop(img, 3, 4, 7, 5);
    const brighter = { ...img, data: img.data.map((v) => 0.5 * v + 0.2) };
    expect(matchTemplate(brighter, tpl)).toBeCloseToImage(matchTemplate(img, tpl), 1e-5);
  });
  it("follows OpenCV on flat windows and flat templates", () => {
    const flat = { width: 10, height: 10, channels: 1, data: new Float32Array(100).fill(0.5) };
    const tpl = randomImage(3, 3, 1, 1);
    expect(matchTemplate(flat, tpl, "ccoeffNormed")).toBeCloseToImage(cvMatch(flat, tpl, "ccoeffNormed"), 1e-6);
    const flatTpl = { width: 3, height: 3, channels: 1, data: new Float32Array(9).fill(0.2) };
    expect(Array.from(matchTemplate(tpl, flatTpl, "ccoeffNormed").data)).toEqual([1]);
  });
  it("matches Python cv2.matchTemplate TM_CCOEFF_NORMED with a 24×20 template", () => {
    const img = randomImage(90, 70, 1, 5);
    const tpl = crop(img, 30, 20, 24, 20);
    const ref = oracleImage(pythonOracle("result = cv2.matchTemplate(img, tpl, cv2.TM_CCOEFF_NORMED)", { img, tpl }));
    expect(matchTemplate(img, tpl)).toBeCloseToImage(ref, 1e-4);
  });
  it("rejects a template larger than the image, RGB input and unknown methods", () => {
    expect(() => matchTemplate(randomImage(4, 4, 1, 1), randomImage(5, 2, 1, 1))).toThrow(/template/);
    expect(() => matchTemplate(randomImage(4, 4, 3, 1), randomImage(2, 2, 1, 1))).toThrow(/image/);
    expect(() => matchTemplate(randomImage(4, 4, 1, 1), randomImage(2, 2, 1, 1), "sad" as never)).toThrow(/method/);
  });
});
