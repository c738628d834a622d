import { core, cvbridge, filters, io } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";

type Args = [Image, number[][]];

/** The library's convolution (reflect-101 border), itself checked against cv.filter2D in lib/filters/convolve2d.test.ts. */
const reference = (img: Image, kernel: number[][]) => filters.convolve2d(img, filters.kernelFromRows(kernel));

/** OpenCV's answer: cv.filter2D correlates, so give it the kernel rotated by 180° (CV_32F, BORDER_REFLECT_101). */
function opencvConvolve(img: Image, kernel: number[][]): Image {
  const cv = cvbridge.opencv();
  const rotated = kernel.map((row) => row.slice().reverse()).reverse();
  return cvbridge.withMats((track) => {
    const src = track(cvbridge.toMat(img));
    const k = track(cv.matFromArray(rotated.length, rotated[0]!.length, cv.CV_32F, rotated.flat()));
    const dst = track(new cv.Mat());
    cv.filter2D(src, dst, cv.CV_32F, k, new cv.Point(-1, -1), 0, cv.BORDER_REFLECT_101);
    return cvbridge.fromMat(dst);
  });
}

const impulse = (w: number, h: number): Image => {
  const img = core.createImage(w, h, 1);
  core.setPixel(img, w >> 1, h >> 1, 0, 1);
  return img;
};
const ramp = (w: number, h: number): Image => {
  const img = core.createImage(w, h, 1);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) core.setPixel(img, x, y, 0, (x + 2 * y) / (w + 2 * h));
  return img;
};
const asymmetric = [[1, 2, 0], [0, 1, -1], [3, 0, -2]];
const wide = [[0.1, -0.2, 0.3, 0.05, -0.1], [0.2, 0.4, -0.3, 0.1, 0], [-0.05, 0.1, 0.2, -0.4, 0.3]];

export default defineExercise({
  id: "w01d03-convolve",
  title: "2-D convolution with a reflect-101 border",
  points: 4,
  defines: ["convolve2d"],
  offLimits: {
    lib: ["filters.convolve2d", "filters.correlate2d", "filters.separableFilter", "filters.padImage", "filters.conv2dStrided", "filters.im2col", "filters.boxBlur", "filters.gaussianBlur"],
    opencv: ["filter2D", "sepFilter2D", "copyMakeBorder"],
  },
  tests: [
    test({
      name: "an impulse reproduces the asymmetric kernel as written (not rotated)",
      points: 0.5,
      visibility: "visible",
      input: (): Args => [impulse(7, 7), asymmetric],
      expected: reference,
      compare: 1e-5,
      hint: "convolution flips the kernel: out(x, y) = Σ k[j][i] · f(x − (i − rx), y − (j − ry)); a result rotated by 180° is correlation",
    }),
    test({
      name: "random 8×6 image, 3×3 kernel, borders included",
      points: 0.5,
      visibility: "visible",
      input: (): Args => [core.randomImage(8, 6, 1, 401), asymmetric],
      expected: reference,
      compare: 1e-5,
      hint: "outside the image read the mirror without repeating the edge pixel: index −1 → 1, index n → n − 2",
    }),
    test({
      name: "a 3×5 kernel (3 rows, 5 columns) on a 9×7 image",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [core.randomImage(9, 7, 1, 402), wide],
      expected: reference,
      compare: 1e-5,
      hint: "kernel[j][i]: j is the row (y), i the column (x)",
    }),
    test({
      name: "a crop of the camera agrees with cv.filter2D given the kernel rotated by 180° (5×5 kernel)",
      points: 0.75,
      visibility: "hidden",
      input: (): Args => {
        const rng = core.seededRandom(403);
        const k = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => rng.next() - 0.4));
        return [core.crop(io.loadImage("camera"), { x: 200, y: 120, width: 40, height: 32 }), k];
      },
      expected: opencvConvolve,
      compare: 1e-4,
    }),
    test({
      name: "border pixels of a ramp follow reflect-101 (not zeros, not a repeated edge)",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [ramp(10, 6), [[0.5, 1, -0.25], [0, 2, 1], [-1, 0.75, 0.25]]],
      expected: reference,
      compare: 1e-5,
    }),
    test({
      name: "a 1×1 image (every outside index reads the only pixel)",
      points: 0.25,
      visibility: "hidden",
      input: (): Args => [core.fromRows([[0.6]]), asymmetric],
      expected: reference,
      compare: 1e-5,
    }),
    test({
      name: "a one-row image (9×1)",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [core.randomImage(9, 1, 1, 404), asymmetric],
      expected: reference,
      compare: 1e-5,
    }),
    test({
      name: "a one-column image (1×8) with a 5×3 kernel",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [core.randomImage(1, 8, 1, 405), Array.from({ length: 5 }, (_, i) => wide.map((row) => row[i]!))],
      expected: reference,
      compare: 1e-5,
    }),
  ],
});
