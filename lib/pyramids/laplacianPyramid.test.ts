import fc from "fast-check";
import { randomImage } from "../core";
import { laplacianPyramid } from "./laplacianPyramid";
import { pyrDown } from "./pyrDown";
import { pyrUp } from "./pyrUp";
import { reconstruct } from "./reconstruct";
import { cvPyr } from "./_cv";

describe("laplacianPyramid", () => {
  it("level 0 = img − pyrUp(pyrDown(img)) computed with OpenCV (reference values)", () => {
    const img = randomImage(21, 14, 1, 2);
    const ref = cvPyr("up", cvPyr("down", img), 21, 14);
    const l0 = laplacianPyramid(img, 2)[0]!;
    const expected = { ...img, data: img.data.map((v, i) => v - ref.data[i]!) };
    expect(l0).toBeCloseToImage(expected, 1e-6);
  });
  it("keeps the coarsest Gaussian level last", () => {
    const img = randomImage(16, 16, 3, 3);
    expect(laplacianPyramid(img, 3)[2]).toBeCloseToImage(pyrDown(pyrDown(img)), 0);
  });
  it("is near zero on a constant image except the last level", () => {
    const img = { width: 12, height: 9, channels: 1, data: new Float32Array(108).fill(0.4) };
    laplacianPyramid(img, 3).slice(0, 2).forEach((l) => l.data.forEach((v) => expect(Math.abs(v)).toBeLessThan(1e-6)));
  });
  it("reconstructs exactly for any size and depth (property, 1e-5)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3 }), (w, h, levels, c) => {
        const img = randomImage(w, h, c, w * 41 + h);
        expect(reconstruct(laplacianPyramid(img, levels))).toBeCloseToImage(img, 1e-5);
      }),
      { numRuns: 40 },
    );
  });
  it("is not trivial: the detail levels of a textured image carry energy", () => {
    const img = randomImage(32, 32, 1, 9);
    const l0 = laplacianPyramid(img, 2)[0]!;
    expect(l0.data.reduce((s, v) => s + v * v, 0)).toBeGreaterThan(10);
    expect(pyrUp(pyrDown(img))).not.toBeCloseToImage(img, 1e-3);
  });
});
