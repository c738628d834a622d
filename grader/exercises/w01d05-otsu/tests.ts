import { core, cvbridge, histogram, io, threshold } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";

/** A 256-bin histogram with `counts[level]` pixels at the given levels, zero elsewhere. */
function levels(counts: Record<number, number>): Float64Array {
  const h = new Float64Array(256);
  for (const [level, n] of Object.entries(counts)) h[Number(level)] = n;
  return h;
}

/** The 8-bit histogram of a grey crop of a bundled image. */
const cropHistogram = (name: "coins" | "page" | "camera" | "text", x: number, y: number, width: number, height: number) =>
  histogram.histogram8(core.crop(io.loadImage(name), { x, y, width, height }))[0]!;

/** Two seeded Gaussian bumps (a dark and a bright population), clamped to 0–255. */
function twoBumps(seed: number, n: number, a: [number, number], b: [number, number], share: number): Float64Array {
  const rng = core.seededRandom(seed);
  const h = new Float64Array(256);
  for (let i = 0; i < n; i++) {
    const [mean, sd] = rng.next() < share ? a : b;
    h[Math.max(0, Math.min(255, Math.round(mean + sd * rng.normal())))]!++;
  }
  return h;
}

/** OpenCV's answer: cv.threshold(…, THRESH_BINARY | THRESH_OTSU) on an 8-bit Mat built from the histogram. */
function opencvOtsu(hist: ArrayLike<number>): number {
  const values: number[] = [];
  for (let level = 0; level < 256; level++) for (let k = 0; k < hist[level]!; k++) values.push(level / 255);
  const img: Image = core.imageFromData(values.length, 1, 1, Float32Array.from(values));
  const cv = cvbridge.opencv();
  return cvbridge.withMats((track) => {
    const src = track(cvbridge.toMat(img, { depth: "uint8" }));
    const dst = track(new cv.Mat());
    return cv.threshold(src, dst, 0, 255, cv.THRESH_BINARY + cv.THRESH_OTSU);
  });
}

const reference = (hist: ArrayLike<number>) => threshold.otsuThreshold(hist);

export default defineExercise({
  id: "w01d05-otsu",
  title: "Otsu's threshold from an 8-bit histogram",
  points: 2,
  defines: ["otsuThreshold"],
  offLimits: { lib: ["threshold.otsuThreshold", "threshold.otsu", "threshold.otsuObjective"], opencv: ["threshold"] },
  tests: [
    test({
      name: "30 pixels at level 50, 70 at level 200: every t from 50 to 199 ties, keep the smallest",
      points: 0.3,
      visibility: "visible",
      input: () => [levels({ 50: 30, 200: 70 })] as [Float64Array],
      expected: reference,
      compare: 0,
      hint: "class 1 is levels 0…t (t included); replace the best t only when the variance is strictly larger",
    }),
    test({
      name: "the coins: a crop's histogram",
      points: 0.3,
      visibility: "visible",
      input: () => [cropHistogram("coins", 40, 40, 160, 120)] as [Float64Array],
      expected: reference,
      compare: 0,
      hint: "maximise the BETWEEN-class variance q1·q2·(μ1 − μ2)²",
    }),
    test({
      name: "three levels checked by hand (10 × 0, 10 × 100, 10 × 101) → 0",
      points: 0.2,
      visibility: "hidden",
      input: () => [levels({ 0: 10, 100: 10, 101: 10 })] as [Float64Array],
      expected: reference,
      compare: 0,
      hint: "class 1 is levels 0…t: for t = 0 it holds only the pixels at level 0",
    }),
    test({
      name: "two seeded Gaussian populations (dark 70 ± 12, bright 170 ± 25)",
      points: 0.3,
      visibility: "hidden",
      input: () => [twoBumps(501, 4000, [70, 12], [170, 25], 0.35)] as [Float64Array],
      expected: reference,
      compare: 0,
    }),
    test({
      name: "the page: agrees with cv.threshold(THRESH_OTSU)",
      points: 0.3,
      visibility: "hidden",
      input: () => [cropHistogram("page", 0, 0, 384, 191)] as [Float64Array],
      expected: opencvOtsu,
      compare: 0,
    }),
    test({
      name: "the camera man: agrees with cv.threshold(THRESH_OTSU)",
      points: 0.3,
      visibility: "hidden",
      input: () => [cropHistogram("camera", 100, 60, 200, 200)] as [Float64Array],
      expected: opencvOtsu,
      compare: 0,
    }),
    test({
      name: "a uniform image (one level only) → 0, like OpenCV",
      points: 0.3,
      visibility: "hidden",
      input: () => [levels({ 128: 500 })] as [Float64Array],
      expected: reference,
      compare: 0,
      hint: "skip splits where one class is empty; with no valid split the answer is 0",
    }),
  ],
});
