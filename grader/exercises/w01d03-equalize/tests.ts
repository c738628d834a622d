import { core, cvbridge, histogram, io } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";

/** An image whose values are 8-bit levels k/255. */
const fromLevels = (w: number, h: number, levels: number[]): Image => core.imageFromData(w, h, 1, Float32Array.from(levels, (v) => v / 255));

/** The library's equalisation, bit-exact with cv.equalizeHist (lib/histogram/equalize.test.ts). */
const reference = (img: Image) => histogram.equalize(img);

/** OpenCV's answer: cv.equalizeHist on a CV_8UC1 Mat, back to [0, 1]. */
function opencvEqualize(img: Image): Image {
  const cv = cvbridge.opencv();
  return cvbridge.withMats((track) => {
    const src = track(cvbridge.toMat(img, { depth: "uint8" }));
    const dst = track(new cv.Mat());
    cv.equalizeHist(src, dst);
    return cvbridge.fromMat(dst);
  });
}

/** A seeded 8-bit image whose values crowd into [lo, hi]. */
function lowContrast(w: number, h: number, lo: number, hi: number, seed: number): Image {
  const rng = core.seededRandom(seed);
  return fromLevels(w, h, Array.from({ length: w * h }, () => lo + Math.floor((hi - lo + 1) * rng.next() ** 2)));
}

/** Rounding of (cdf − cdf_min)·255/(N − cdf_min) may differ by one level from OpenCV's float32 arithmetic: accept ±1 level. */
const oneLevel = 1 / 255 + 1e-6;

export default defineExercise({
  id: "w01d03-equalize",
  title: "Histogram equalisation of an 8-bit grey image",
  points: 3,
  defines: ["equalize"],
  offLimits: { lib: ["histogram.equalize", "histogram.cdf"], opencv: ["equalizeHist", "createCLAHE"] },
  tests: [
    test({
      name: "four levels, four pixels each, checked by hand",
      points: 0.5,
      visibility: "visible",
      input: () => [fromLevels(4, 4, [50, 50, 100, 100, 50, 50, 100, 100, 150, 150, 200, 200, 150, 150, 200, 200])],
      expected: reference,
      compare: oneLevel,
      hint: "cdf = 4, 8, 12, 16 and cdf_min = 4, so the levels map to (cdf − 4)·255/12 = 0, 85, 170, 255 (then /255)",
    }),
    test({
      name: "a low-contrast crop of the camera",
      points: 0.5,
      visibility: "visible",
      input: () => {
        const crop = core.crop(io.loadImage("camera"), { x: 180, y: 60, width: 48, height: 40 });
        return [{ ...crop, data: crop.data.map((v) => Math.round(60 + v * 80) / 255) }];
      },
      expected: reference,
      compare: oneLevel,
      hint: "work on levels q = round(v·255); output lut[q]/255",
    }),
    test({
      name: "the darkest level holds a quarter of the pixels (cdf_min matters)",
      points: 0.5,
      visibility: "hidden",
      input: () => {
        const img = lowContrast(16, 12, 90, 170, 501);
        for (let i = 0; i < img.data.length; i += 4) img.data[i] = 80 / 255;
        return [img];
      },
      expected: reference,
      compare: oneLevel,
      hint: "subtract cdf_min (the count of the darkest level present) and divide by N − cdf_min: the darkest level maps to 0",
    }),
    test({
      name: "a crop of the coins agrees with cv.equalizeHist (CV_8U)",
      points: 0.5,
      visibility: "hidden",
      input: () => [core.crop(io.loadImage("coins"), { x: 120, y: 90, width: 64, height: 48 })],
      expected: opencvEqualize,
      compare: oneLevel,
    }),
    test({
      name: "a uniform image (one level only) is returned unchanged",
      points: 0.5,
      visibility: "hidden",
      input: () => [fromLevels(6, 5, new Array(30).fill(120))],
      expected: reference,
      compare: oneLevel,
      hint: "when every pixel has the same level, N − cdf_min = 0: return a copy, as OpenCV does",
    }),
    test({
      name: "random 8-bit noise (16×12)",
      points: 0.25,
      visibility: "hidden",
      input: () => [lowContrast(16, 12, 0, 255, 502)],
      expected: reference,
      compare: oneLevel,
    }),
    test({
      name: "a one-row image (1 pixel high)",
      points: 0.25,
      visibility: "hidden",
      input: () => [fromLevels(9, 1, [30, 30, 30, 40, 40, 90, 90, 90, 200])],
      expected: reference,
      compare: oneLevel,
    }),
  ],
});
