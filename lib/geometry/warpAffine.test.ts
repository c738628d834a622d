import { fromRows, randomImage } from "../core";
import { ArgumentRangeError, ArgumentTypeError } from "../core/errors";
import { oracleImage, pythonOracle } from "../testing/pythonOracle";
import { affineMatrix } from "./affineMatrix";
import { getRotationMatrix2D } from "./getRotationMatrix2D";
import { warpAffine } from "./warpAffine";
import { cvWarp } from "./_cvtest";

describe("warpAffine", () => {
  it("returns the image unchanged under the identity", () => {
    const img = randomImage(7, 5, 3, 1);
    expect(warpAffine(img, [1, 0, 0, 0, 1, 0])).toBeCloseToImage(img, 0);
  });
  it("shifts by whole pixels, filling with the border value (hand-checked)", () => {
    const img = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const out = warpAffine(img, affineMatrix({ translate: [1, 0] }), { borderValue: 9 });
    expect(out).toBeCloseToImage(fromRows([[9, 1, 2], [9, 4, 5]]), 1e-7);
  });
  it("interpolates half a pixel as the mean of neighbours", () => {
    const img = fromRows([[0, 1, 0, 1]]);
    const out = warpAffine(img, affineMatrix({ translate: [-0.5, 0] }), { border: "replicate" });
    expect(Array.from(out.data)).toEqual([0.5, 0.5, 0.5, 1]);
  });
  it.each([
    ["bilinear", "constant"],
    ["bilinear", "replicate"],
    ["bilinear", "reflect101"],
    ["nearest", "constant"],
    ["nearest", "reflect"],
  ] as const)("matches cv.warpAffine (opencv-wasm) for a 30° rotation, %s / %s, everywhere", (interpolation, border) => {
    const img = randomImage(64, 48, 1, 2);
    const M = getRotationMatrix2D({ x: 31.5, y: 23.5 }, 30, 1.1);
    const ours = warpAffine(img, M, { width: 70, height: 50, interpolation, border, borderValue: 0.25 });
    expect(ours).toBeCloseToImage(cvWarp("affine", img, M, 70, 50, interpolation, border, 0.25), 2e-6);
  });
  it("matches cv.warpAffine on RGB with shear, scale and translation", () => {
    const img = randomImage(40, 30, 3, 3);
    const M = affineMatrix({ rotate: -17, scale: [0.7, 1.3], shear: [0.2, -0.1], translate: [3.3, -2.1], center: { x: 20, y: 15 } });
    expect(warpAffine(img, M)).toBeCloseToImage(cvWarp("affine", img, M, 40, 30), 2e-6);
  });
  it("matches Python cv2.warpAffine INTER_LINEAR BORDER_CONSTANT within 1e-4", () => {
    const img = randomImage(50, 40, 1, 4);
    const M = getRotationMatrix2D({ x: 24.5, y: 19.5 }, 30, 1);
    const ref = oracleImage(
      pythonOracle("M = cv2.getRotationMatrix2D((24.5, 19.5), 30, 1.0)\nresult = cv2.warpAffine(img, M, (50, 40), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)", { img }),
    );
    expect(warpAffine(img, M)).toBeCloseToImage(ref, 1e-4);
  });
  it("writes into options.out when given", () => {
    const img = randomImage(5, 4, 1, 3);
    const out = new Float32Array(20);
    expect(warpAffine(img, [1, 0, 0, 0, 1, 0], { out }).data).toBe(out);
    expect(() => warpAffine(img, [1, 0, 0, 0, 1, 0], { out: new Float32Array(3) })).toThrow(/options.out/);
  });
  it("handles a 1×1 source", () => {
    const out = warpAffine(fromRows([[0.5]]), [1, 0, 0, 0, 1, 0], { width: 2, height: 1 });
    expect(Array.from(out.data)).toEqual([0.5, 0]);
  });
  it("rejects bad arguments naming them", () => {
    const img = randomImage(4, 4, 1, 1);
    expect(() => warpAffine(img, [1, 0, 0])).toThrow(ArgumentTypeError);
    expect(() => warpAffine(img, [1, 0, 0, 0, 1, 0, 0.1, 0, 1])).toThrow(ArgumentRangeError);
    expect(() => warpAffine(img, [1, 0, 0, 0, 1, 0], { width: 0 })).toThrow(/options.width/);
    expect(() => warpAffine(img, [1, 0, 0, 0, 1, 0], { interpolation: "cubic" as never })).toThrow(/options.interpolation/);
    expect(() => warpAffine({} as never, [1, 0, 0, 0, 1, 0])).toThrow(/image/);
  });
});
