import { core, cvbridge, filters, io } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { closeImage, defineExercise, test } from "../../define";
import type { Comparator } from "../../types";

type Args = [Image, number, number];

/**
 * The exercise's definition in floats: 1 where v > mean − C, the mean taken over the
 * blockSize × blockSize window with replicated borders (OpenCV's choice for adaptiveThreshold).
 * The inputs below keep |v − mean + C| far above float rounding, so the answer is exact.
 */
function reference(img: Image, blockSize: number, C: number): Image {
  const mean = filters.boxBlur(img, { size: blockSize, border: "replicate" });
  const out = core.createImage(img.width, img.height, 1);
  for (let i = 0; i < out.data.length; i++) out.data[i] = img.data[i]! > mean.data[i]! - C ? 1 : 0;
  return out;
}

/** OpenCV's answer on the 8-bit image: cv.adaptiveThreshold(MEAN_C, THRESH_BINARY), C in grey levels (255 → 1). */
function opencvAdaptive(img: Image, blockSize: number, C: number): Image {
  const cv = cvbridge.opencv();
  return cvbridge.withMats((track) => {
    const src = track(cvbridge.toMat(img, { depth: "uint8" }));
    const dst = track(new cv.Mat());
    cv.adaptiveThreshold(src, dst, 255, cv.ADAPTIVE_THRESH_MEAN_C, cv.THRESH_BINARY, blockSize, C * 255);
    return cvbridge.fromMat(dst);
  });
}

/**
 * Same shape, and at least `minShare` of the pixels equal. OpenCV rounds the local mean to 8 bits
 * before comparing, so a float implementation may differ on a few pixels where v ≈ mean − C.
 */
function mostPixelsAgree(minShare: number): Comparator {
  const shape = closeImage(Infinity);
  return (actual, expected) => {
    const s = shape(actual, expected);
    if (!s.pass) return s;
    const a = (actual as Image).data;
    const e = (expected as Image).data;
    let same = 0;
    for (let i = 0; i < e.length; i++) if (a[i] === e[i]) same++;
    const share = same / e.length;
    return share >= minShare
      ? { pass: true, message: `${(100 * share).toFixed(2)}% of the pixels agree with OpenCV` }
      : { pass: false, message: `only ${(100 * share).toFixed(2)}% of the pixels agree with cv.adaptiveThreshold (need ≥ ${(100 * minShare).toFixed(0)}%)` };
  };
}

const crop = (name: "page" | "text", x: number, y: number, width: number, height: number) => core.crop(io.loadImage(name), { x, y, width, height });

/** Uniform noise in [lo, hi). */
function noise(width: number, height: number, seed: number, lo: number, hi: number): Image {
  const img = core.randomImage(width, height, 1, seed);
  for (let i = 0; i < img.data.length; i++) img.data[i] = lo + (hi - lo) * img.data[i]!;
  return img;
}

export default defineExercise({
  id: "w01d05-adaptive-mean",
  title: "Adaptive threshold with the local mean",
  points: 3,
  defines: ["adaptiveMean"],
  offLimits: { lib: ["threshold.adaptive", "filters.boxBlur", "filters.separableFilter", "filters.correlate2d", "filters.convolve2d"], opencv: ["adaptiveThreshold", "blur", "boxFilter", "filter2D", "sepFilter2D", "integral"] },
  tests: [
    test({
      name: "a 5×4 image checked by hand (blockSize 3, C = 0.05)",
      points: 0.4,
      visibility: "visible",
      input: (): Args => [core.fromRows([[0.2, 0.2, 0.2, 0.2, 0.2], [0.2, 0.8, 0.2, 0.2, 0.2], [0.2, 0.2, 0.2, 0.2, 0.2], [0.2, 0.2, 0.2, 0.1, 0.2]]), 3, 0.05],
      expected: reference,
      compare: 0,
      hint: "flat 0.2 pixels are on (0.2 > 0.2 − 0.05); neighbours of the bright 0.8 are off; output 1 channel of 0/1",
    }),
    test({
      name: "random 12×9 image, blockSize 5, C = 0.02",
      points: 0.4,
      visibility: "visible",
      input: (): Args => [core.randomImage(12, 9, 1, 511), 5, 0.02],
      expected: reference,
      compare: 0,
      hint: "the window is blockSize × blockSize centred on the pixel (radius (blockSize − 1) / 2); outside the image repeat the edge pixel",
    }),
    test({
      name: "the page under uneven light (blockSize 15, C = 10.5/255)",
      points: 0.4,
      visibility: "hidden",
      input: (): Args => [crop("page", 150, 40, 120, 80), 15, 10.5 / 255],
      expected: reference,
      compare: 0,
    }),
    test({
      name: "a bright image: borders replicate the edge pixels (not zeros)",
      points: 0.4,
      visibility: "hidden",
      input: (): Args => [noise(10, 8, 512, 0.6, 1), 7, 0.01],
      expected: reference,
      compare: 0,
      hint: "pixels outside the image take the value of the nearest edge pixel (BORDER_REPLICATE)",
    }),
    test({
      name: "blockSize 3 on a random image (radius 1)",
      points: 0.3,
      visibility: "hidden",
      input: (): Args => [core.randomImage(9, 7, 1, 513), 3, 0.03],
      expected: reference,
      compare: 0,
    }),
    test({
      name: "a window larger than the image (7×5 image, blockSize 9)",
      points: 0.3,
      visibility: "hidden",
      input: (): Args => [noise(7, 5, 514, 0.1, 0.9), 9, 0.015],
      expected: reference,
      compare: 0,
    }),
    test({
      name: "a one-row image (13×1, blockSize 5)",
      points: 0.2,
      visibility: "hidden",
      input: (): Args => [core.randomImage(13, 1, 1, 515), 5, 0.04],
      expected: reference,
      compare: 0,
    }),
    test({
      name: "the handwritten text agrees with cv.adaptiveThreshold (≥ 99% of pixels)",
      points: 0.6,
      visibility: "hidden",
      input: (): Args => [crop("text", 40, 20, 200, 120), 11, 7 / 255],
      expected: opencvAdaptive,
      compare: mostPixelsAgree(0.99),
    }),
  ],
});
