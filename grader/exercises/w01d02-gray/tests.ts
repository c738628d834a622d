import { color, core, cvbridge, io } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";

const rgb = (pixels: number[][]): Image => core.imageFromData(pixels.length, 1, 3, Float32Array.from(pixels.flat()));

/** OpenCV's own answer: cv.cvtColor(COLOR_RGB2GRAY) on a CV_32FC3 Mat. */
function opencvGray(img: Image): Image {
  const cv = cvbridge.opencv();
  return cvbridge.withMats((track) => {
    const src = track(cvbridge.toMat(img));
    const dst = track(new cv.Mat());
    cv.cvtColor(src, dst, cv.COLOR_RGB2GRAY);
    return cvbridge.fromMat(dst);
  });
}

export default defineExercise({
  id: "w01d02-gray",
  title: "RGB to grey with BT.601 luma weights",
  points: 2,
  defines: ["toGray"],
  offLimits: { lib: ["color.rgbToGray", "color.rgbToYCrCb"], opencv: ["cvtColor"] },
  tests: [
    test({
      name: "red, green, blue, white and black checked by hand",
      points: 0.4,
      visibility: "visible",
      input: () => [rgb([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1], [0, 0, 0]])],
      expected: color.rgbToGray,
      compare: 1e-6,
      hint: "pure red → 0.299, pure green → 0.587, pure blue → 0.114; the output has 1 channel",
    }),
    test({
      name: "random colours (8×6)",
      points: 0.4,
      visibility: "visible",
      input: () => [core.randomImage(8, 6, 3, 301)],
      expected: color.rgbToGray,
      compare: 1e-6,
    }),
    test({
      name: "saturated colours where a plain mean is far off",
      points: 0.4,
      visibility: "hidden",
      input: () => [rgb([[0.9, 0.1, 0.1], [0.1, 0.9, 0.1], [0.1, 0.1, 0.9], [0.8, 0.8, 0], [0, 0.7, 0.7]])],
      expected: color.rgbToGray,
      compare: 1e-6,
      hint: "weights 0.299 (R), 0.587 (G), 0.114 (B) — green counts most",
    }),
    test({
      name: "a crop of the raccoon agrees with cv.cvtColor(COLOR_RGB2GRAY)",
      points: 0.4,
      visibility: "hidden",
      input: () => [core.crop(io.loadImage("raccoon"), { x: 500, y: 300, width: 64, height: 48 })],
      expected: opencvGray,
      compare: 1e-5,
    }),
    test({
      name: "a one-row image (1 pixel high) and its shape",
      points: 0.2,
      visibility: "hidden",
      input: () => [core.randomImage(13, 1, 3, 302)],
      expected: color.rgbToGray,
      compare: 1e-6,
    }),
    test({
      name: "a 1×1 image",
      points: 0.2,
      visibility: "hidden",
      input: () => [rgb([[0.25, 0.5, 0.75]])],
      expected: color.rgbToGray,
      compare: 1e-6,
    }),
  ],
});
