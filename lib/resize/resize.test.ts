import fc from "fast-check";
import { fromRows, randomImage } from "../core";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { oracleImage, pythonOracle } from "../testing/pythonOracle";
import type { Image } from "../core/image";
import { resize, type ResizeInterpolation } from "./resize";

function cvResize(img: Image, w: number, h: number, interp: ResizeInterpolation): Image {
  const cv = opencv();
  const flag = { nearest: cv.INTER_NEAREST, bilinear: cv.INTER_LINEAR, bicubic: cv.INTER_CUBIC, area: cv.INTER_AREA }[interp];
  return withMats((t) => {
    const dst = t(new cv.Mat());
    cv.resize(t(toMat(img)), dst, new cv.Size(w, h), 0, 0, flag);
    return fromMat(dst);
  });
}

describe("resize", () => {
  it("doubles a 2×1 row with pixel-centre bilinear weights (hand-checked)", () => {
    // Source centres at 0 and 1; output centres map to −0.25, 0.25, 0.75, 1.25 → clamp, ¼, ¾, clamp.
    expect(Array.from(resize(fromRows([[0, 1]]), 4, 1).data)).toEqual([0, 0.25, 0.75, 1]);
  });
  it("halves by averaging 2×2 blocks", () => {
    const out = resize(fromRows([[0, 1, 2, 3], [4, 5, 6, 7]]), 2, 1);
    expect(Array.from(out.data)).toEqual([2.5, 4.5]);
  });
  it("nearest picks ⌊dx·sw/dw⌋ like INTER_NEAREST", () => {
    expect(Array.from(resize(fromRows([[1, 2, 3]]), 2, 1, { interpolation: "nearest" }).data)).toEqual([1, 2]);
  });
  const sizes: [number, number, number, number][] = [
    [37, 29, 18, 14],
    [37, 29, 55, 43],
    [40, 40, 20, 20],
    [33, 20, 100, 7],
    [64, 48, 25, 31],
  ];
  it.each(["bilinear", "nearest", "bicubic", "area"] as const)("matches cv.resize (opencv-wasm) for %s on float input", (interp) => {
    for (const [sw, sh, dw, dh] of sizes) {
      const img = randomImage(sw, sh, 1, sw + dw);
      expect(resize(img, dw, dh, { interpolation: interp })).toBeCloseToImage(cvResize(img, dw, dh, interp), interp === "nearest" ? 0 : 1e-5);
    }
  });
  it("matches cv.resize on RGB for bilinear and bicubic", () => {
    const img = randomImage(23, 17, 3, 9);
    expect(resize(img, 31, 12)).toBeCloseToImage(cvResize(img, 31, 12, "bilinear"), 1e-5);
    expect(resize(img, 31, 12, { interpolation: "bicubic" })).toBeCloseToImage(cvResize(img, 31, 12, "bicubic"), 1e-5);
  });
  it("matches Python cv2.resize INTER_LINEAR within 1e-5", () => {
    const img = randomImage(45, 38, 1, 3);
    const ref = oracleImage(pythonOracle("result = cv2.resize(img, (67, 19), interpolation=cv2.INTER_LINEAR)", { img }));
    expect(resize(img, 67, 19)).toBeCloseToImage(ref, 1e-5);
  });
  it("keeps constant images constant and is the identity at the same size (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), fc.constantFrom("bilinear", "bicubic", "area", "nearest" as const), (sw, sh, dw, dh, interp) => {
        const img = { width: sw, height: sh, channels: 1, data: new Float32Array(sw * sh).fill(0.375) };
        const out = resize(img, dw, dh, { interpolation: interp });
        out.data.forEach((v) => expect(v).toBeCloseTo(0.375, 5));
        const rnd = randomImage(sw, sh, 1, 1);
        expect(resize(rnd, sw, sh, { interpolation: interp })).toBeCloseToImage(rnd, 1e-6);
      }),
      { numRuns: 60 },
    );
  });
  it("writes into options.out when given and checks its length", () => {
    const img = randomImage(8, 6, 1, 2);
    const out = new Float32Array(12);
    const r = resize(img, 4, 3, { out });
    expect(r.data).toBe(out);
    expect(r).toBeCloseToImage(cvResize(img, 4, 3, "bilinear"), 1e-6);
    expect(() => resize(img, 4, 4, { out })).toThrow(/options.out/);
  });
  it("handles 1×1 and 1×N", () => {
    expect(Array.from(resize(fromRows([[0.5]]), 3, 2).data)).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(resize(fromRows([[0, 1, 0]]), 1, 1).data.length).toBe(1);
  });
  it("rejects bad arguments naming them", () => {
    const img = randomImage(4, 4, 1, 1);
    expect(() => resize(img, 0, 3)).toThrow(/width/);
    expect(() => resize(img, 3, 2.5)).toThrow(/height/);
    expect(() => resize(img, 3, 3, { interpolation: "lanczos" as never })).toThrow(/options.interpolation/);
  });
});
