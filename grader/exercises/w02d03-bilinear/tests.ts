import { core, cvbridge, io, resize } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";

type Args = [Image, number, number];

/** The library's bilinear resize (pixel centres, replicated edges), itself checked against cv.resize INTER_LINEAR in lib/resize/resize.test.ts. */
const reference = (img: Image, width: number, height: number) => resize.resize(img, width, height, { interpolation: "bilinear" });

/** OpenCV's answer: cv.resize(…, INTER_LINEAR) on a CV_32F Mat. */
function opencvResize(img: Image, width: number, height: number): Image {
  const cv = cvbridge.opencv();
  return cvbridge.withMats((track) => {
    const dst = track(new cv.Mat());
    cv.resize(track(cvbridge.toMat(img)), dst, new cv.Size(width, height), 0, 0, cv.INTER_LINEAR);
    return cvbridge.fromMat(dst);
  });
}

const TOL = 1e-5;

export default defineExercise({
  id: "w02d03-bilinear",
  title: "Bilinear resize with OpenCV's pixel-centre convention",
  points: 3,
  defines: ["resizeBilinear"],
  offLimits: {
    lib: ["resize.resize", "geometry.warpAffine", "geometry.warpPerspective", "pyramids.pyrDown", "pyramids.pyrUp"],
    opencv: ["resize", "remap", "warpAffine", "warpPerspective", "pyrDown", "pyrUp", "getRectSubPix"],
  },
  tests: [
    test({
      name: "a 2×2 grey image enlarged to 4×4 (hand-checkable: samples at −¼, ¼, ¾, 1¼)",
      points: 0.5,
      visibility: "visible",
      input: (): Args => [core.fromRows([[0, 1], [0.5, 0.25]]), 4, 4],
      expected: reference,
      compare: TOL,
      hint: "x_s = (x_d + 0.5)·W_s/W_d − 0.5; for 2 → 4 the first output column samples x_s = −0.25, which clamps to column 0",
    }),
    test({
      name: "a random 5×4 RGB image enlarged to 8×7 (each channel on its own)",
      points: 0.4,
      visibility: "visible",
      input: (): Args => [core.randomImage(5, 4, 3, 2301), 8, 7],
      expected: reference,
      compare: TOL,
      hint: "interleaved channels: value (x, y, c) is data[(y·width + x)·channels + c]",
    }),
    test({
      name: "a 40×30 raccoon crop resized to 57×23 agrees with cv.resize INTER_LINEAR",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [core.crop(io.loadImage("raccoon"), { x: 540, y: 280, width: 40, height: 30 }), 57, 23],
      expected: opencvResize,
      compare: TOL,
      hint: "OpenCV samples pixel centres, not corners: do not use (W_s − 1)/(W_d − 1)",
    }),
    test({
      name: "shrinking by a non-integer factor (11×9 → 4×5)",
      points: 0.4,
      visibility: "hidden",
      input: (): Args => [core.randomImage(11, 9, 1, 2302), 4, 5],
      expected: reference,
      compare: TOL,
    }),
    test({
      name: "upscaling a grey camera crop 33×21 → 70×45",
      points: 0.4,
      visibility: "hidden",
      input: (): Args => [core.crop(io.loadImage("camera"), { x: 200, y: 100, width: 33, height: 21 }), 70, 45],
      expected: reference,
      compare: TOL,
    }),
    test({
      name: "exact halving (8×6 → 4×3) is the mean of each 2×2 block",
      points: 0.3,
      visibility: "hidden",
      input: (): Args => [core.randomImage(8, 6, 3, 2303), 4, 3],
      expected: reference,
      compare: TOL,
    }),
    test({
      name: "the same size gives back the same image",
      points: 0.2,
      visibility: "hidden",
      input: (): Args => [core.randomImage(7, 5, 1, 2304), 7, 5],
      expected: reference,
      compare: TOL,
    }),
    test({
      name: "a 1×1 image stretched to 3×2 (every sample reads the one pixel)",
      points: 0.15,
      visibility: "hidden",
      input: (): Args => [core.randomImage(1, 1, 3, 2305), 3, 2],
      expected: reference,
      compare: TOL,
    }),
    test({
      name: "a 6×1 row stretched to 15×3 (x and y scale separately)",
      points: 0.15,
      visibility: "hidden",
      input: (): Args => [core.randomImage(6, 1, 1, 2306), 15, 3],
      expected: reference,
      compare: TOL,
    }),
  ],
});
