import { core, cvbridge, features, io } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";

type Args = [Image, number, number];

/** The library's Harris response (box window), itself equal to cv.cornerHarris (lib/features/harrisResponse.test.ts). */
const reference = (img: Image, blockSize: number, k: number) => features.harrisResponse(img, { blockSize, k });

/** OpenCV's answer on a CV_32F Mat: Sobel 3×3, box window blockSize, BORDER_REFLECT_101. */
function opencvHarris(img: Image, blockSize: number, k: number): Image {
  const cv = cvbridge.opencv();
  return cvbridge.withMats((track) => {
    const src = track(cvbridge.toMat(img));
    const dst = track(new cv.Mat());
    cv.cornerHarris(src, dst, blockSize, 3, k, cv.BORDER_REFLECT_101);
    return cvbridge.fromMat(dst);
  });
}

/** A dark image with a bright square in its lower-right part: one corner, two edges, flat areas. */
function squareCorner(w: number, h: number, x0: number, y0: number): Image {
  const img = core.createImage(w, h, 1);
  for (let y = y0; y < h; y++) for (let x = x0; x < w; x++) core.setPixel(img, x, y, 0, 1);
  return img;
}

/** A smooth ramp with a bump: non-zero gradients reach the border, so the border rule matters everywhere. */
function rampBump(w: number, h: number): Image {
  const img = core.createImage(w, h, 1);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) core.setPixel(img, x, y, 0, 0.3 * (x / w) + 0.2 * ((y * y) / (h * h)) + 0.4 * Math.exp(-((x - 2) ** 2 + (y - 1) ** 2) / 4));
  }
  return img;
}

const TOL = 1e-6;

export default defineExercise({
  id: "w02d01-harris-response",
  title: "Harris corner response (box window, like cv.cornerHarris)",
  points: 3,
  defines: ["harrisResponse"],
  offLimits: {
    lib: ["features.harrisResponse", "features.shiTomasi"],
    opencv: ["cornerHarris", "cornerMinEigenVal", "cornerEigenValsVecs", "goodFeaturesToTrack", "preCornerDetect"],
  },
  tests: [
    test({
      name: "one bright square on a 10×10 image: positive at the corner, negative along the edges",
      points: 0.5,
      visibility: "visible",
      input: (): Args => [squareCorner(10, 10, 5, 5), 3, 0.04],
      expected: reference,
      compare: TOL,
      hint: "R = (a·c − b²) − k·(a + c)², with a = Σ Ix², b = Σ Ix·Iy, c = Σ Iy² over the blockSize × blockSize window; Ix = Sobel x / (4·blockSize)",
    }),
    test({
      name: "random 9×7 image, blockSize 3, k = 0.05",
      points: 0.5,
      visibility: "visible",
      input: (): Args => [core.randomImage(9, 7, 1, 2101), 3, 0.05],
      expected: reference,
      compare: TOL,
      hint: "both the Sobel derivatives and the window sums read outside pixels with reflect-101 (index −1 → 1)",
    }),
    test({
      name: "a crop of the camera agrees with cv.cornerHarris (blockSize 3, k = 0.04)",
      points: 0.75,
      visibility: "hidden",
      input: (): Args => [core.crop(io.loadImage("camera"), { x: 210, y: 90, width: 48, height: 40 }), 3, 0.04],
      expected: opencvHarris,
      compare: TOL,
    }),
    test({
      name: "a crop of the chessboard, blockSize 5, k = 0.06",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [core.crop(io.loadImage("chessboard"), { x: 20, y: 20, width: 36, height: 30 }), 5, 0.06],
      expected: reference,
      compare: TOL,
    }),
    test({
      name: "a smooth ramp: gradients at the border follow reflect-101 (blockSize 3)",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [rampBump(11, 8), 3, 0.04],
      expected: reference,
      compare: TOL,
    }),
    test({
      name: "random 12×10 image, blockSize 7, k = 0.1, checked against cv.cornerHarris",
      points: 0.25,
      visibility: "hidden",
      input: (): Args => [core.randomImage(12, 10, 1, 2102), 7, 0.1],
      expected: opencvHarris,
      compare: TOL,
    }),
  ],
});
