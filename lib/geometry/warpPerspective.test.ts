import { randomImage } from "../core";
import { ArgumentRangeError } from "../core/errors";
import { warpPerspective } from "./warpPerspective";
import { warpAffine } from "./warpAffine";
import { getRotationMatrix2D } from "./getRotationMatrix2D";
import { cvWarp, mismatchFraction } from "./_cvtest";

describe("warpPerspective", () => {
  const H = [0.9, 0.12, 3.2, -0.08, 1.05, 1.7, 0.0011, -0.0007, 1];
  it("equals warpAffine for an affine homography (up to rare 1/32-pixel rounding ties)", () => {
    const img = randomImage(30, 20, 1, 5);
    const M = getRotationMatrix2D({ x: 14.5, y: 9.5 }, 20, 1);
    expect(mismatchFraction(warpPerspective(img, M), warpAffine(img, M), 1e-5)).toBeLessThan(0.05);
  });
  it.each(["bilinear", "nearest"] as const)("matches cv.warpPerspective (%s) except on rare 1/32 ties", (interpolation) => {
    const img = randomImage(64, 48, 1, 6);
    const ours = warpPerspective(img, H, { interpolation });
    const ref = cvWarp("perspective", img, H, 64, 48, interpolation);
    expect(mismatchFraction(ours, ref, 1e-5)).toBeLessThan(0.005);
  });
  it("matches cv.warpPerspective on RGB with replicate border", () => {
    const img = randomImage(32, 32, 3, 7);
    const ours = warpPerspective(img, H, { border: "replicate" });
    expect(mismatchFraction(ours, cvWarp("perspective", img, H, 32, 32, "bilinear", "replicate"), 1e-5)).toBeLessThan(0.005);
  });
  it("throws on a singular homography", () => {
    expect(() => warpPerspective(randomImage(4, 4, 1, 1), [1, 2, 3, 2, 4, 6, 0, 0, 0])).toThrow(ArgumentRangeError);
    expect(() => warpPerspective(randomImage(4, 4, 1, 1), [1, 0, 0, 0, 1, 0])).toThrow(/H:/);
  });
});
