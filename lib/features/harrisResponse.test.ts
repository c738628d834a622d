import { randomImage } from "../core";
import type { Image } from "../core/image";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { oracleImage, pythonOracle } from "../testing/pythonOracle";
import { harrisResponse } from "./harrisResponse";
import { square } from "./_fixtures";

const cvHarris = (img: Image, bs: number, ks: number, k: number) =>
  withMats((t) => {
    const dst = t(new (opencv().Mat)());
    opencv().cornerHarris(t(toMat(img)), dst, bs, ks, k, opencv().BORDER_DEFAULT);
    return fromMat(dst);
  });

describe("harrisResponse", () => {
  it.each([
    [2, 3],
    [3, 3],
    [3, 5],
    [5, 7],
  ])("matches cv.cornerHarris with blockSize %i, ksize %i", (bs, ks) => {
    const img = randomImage(23, 17, 1, bs * 10 + ks);
    const ref = cvHarris(img, bs, ks, 0.05);
    const scale = ref.data.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(harrisResponse(img, { blockSize: bs, ksize: ks, k: 0.05 })).toBeCloseToImage(ref, 1e-5 * scale);
  });
  it("matches Python cv2.cornerHarris", () => {
    const img = square();
    const ref = oracleImage(pythonOracle("result = cv2.cornerHarris(img, 2, 3, 0.04)", { img }));
    expect(harrisResponse(img, { blockSize: 2 })).toBeCloseToImage(ref, 1e-6);
  });
  it("is positive at corners, negative on edges, zero on flat regions", () => {
    const R = harrisResponse(square(), { blockSize: 3 });
    const at = (x: number, y: number) => R.data[y * 20 + x]!;
    expect(at(6, 6)).toBeGreaterThan(0);
    expect(at(10, 6)).toBeLessThan(0);
    expect(at(10, 10)).toBe(0);
    expect(at(1, 1)).toBe(0);
  });
  it("supports a Gaussian window (sigma) and is rotation-symmetric on a square", () => {
    const R = harrisResponse(square(), { sigma: 1.5 });
    expect(R.data[6 * 20 + 6]).toBeCloseTo(R.data[13 * 20 + 13]!, 6);
  });
  it("rejects bad options", () => {
    expect(() => harrisResponse(square(), { ksize: 4 })).toThrow(/options.ksize/);
    expect(() => harrisResponse(randomImage(4, 4, 3, 1))).toThrow(/image/);
  });
});
