import { color, core, cvbridge, io } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { closeImage, defineExercise, test } from "../../define";
import type { Comparator, CompareContext, Verdict } from "../../types";

/** The round trip as the library does it: an 8-bit Mat (round, clamp to 0…255), read back as v/255. */
function reference(img: Image): Image {
  return cvbridge.withMats((track) => cvbridge.fromMat(track(cvbridge.toMat(img, { depth: "uint8" }))));
}

/**
 * The image must match the 8-bit round trip AND the call must have gone through OpenCV without
 * leaking: at least one Mat created, none left undeleted. The grader's sandbox always counts Mats
 * (grader/sandbox/matCounter.ts); in check() the counts are there when the notebook imported the
 * grader before making its first Mat, else only the values are checked.
 */
function roundTripped(valueHint?: string): Comparator {
  const values = closeImage(1e-6);
  return (actual, expected, context) => {
    const v = values(actual, expected);
    if (!v.pass) return valueHint ? { ...v, message: `${v.message} — hint: ${valueHint}` } : v;
    return matsVerdict(context);
  };
}

function matsVerdict(context: CompareContext | undefined): Verdict {
  const mats = context?.mats;
  if (!mats) return { pass: true, message: "values right (Mat leaks are checked when your notebook is graded)" };
  if (mats.created === 0) return { pass: false, message: "your function made no cv.Mat: the exercise is the round trip through an OpenCV Mat (new cv.Mat(rows, cols, type))" };
  if (mats.live > 0) {
    return { pass: false, message: `the values are right, but ${mats.live} of the ${mats.created} Mat(s) your function created ${mats.live === 1 ? "was" : "were"} never deleted: call mat.delete() before returning (or use cvbridge.withMats)` };
  }
  return { pass: true };
}

const crop = (img: Image, x: number, y: number, width: number, height: number) => core.crop(img, { x, y, width, height });

export default defineExercise({
  id: "w01d04-mat-roundtrip",
  title: "Image → Mat → Image without leaking Mats",
  points: 2,
  defines: ["matRoundTrip"],
  offLimits: { lib: ["cvbridge.toMat", "cvbridge.fromMat", "core.toUint8", "core.fromUint8"] },
  tests: [
    test({
      name: "a 2×2 grey image checked by hand (0.5 → 128/255, 0.2 → 51/255)",
      points: 0.3,
      visibility: "visible",
      input: () => [core.fromRows([[0, 0.5], [0.2, 1]])] as [Image],
      expected: reference,
      compare: roundTripped("round(v·255): mat.data is a Uint8Array, which drops the fraction (127.5 → 127) instead of rounding"),
    }),
    test({
      name: "an RGB image keeps R, G, B in order (3 channels)",
      points: 0.3,
      visibility: "visible",
      input: () => [core.randomImage(4, 3, 3, 401)] as [Image],
      expected: reference,
      compare: roundTripped("mat.data holds R G B R G B … exactly like img.data: copy value i to index i (no BGR swap)"),
    }),
    test({
      name: "a crop of the raccoon (3 channels, 40×24)",
      points: 0.3,
      visibility: "hidden",
      input: () => [crop(io.loadImage("raccoon"), 520, 280, 40, 24)] as [Image],
      expected: reference,
      compare: roundTripped(),
    }),
    test({
      name: "a grey crop of the camera man (1 channel, 33×17: rows = height, cols = width)",
      points: 0.3,
      visibility: "hidden",
      input: () => [crop(io.loadImage("camera"), 200, 100, 33, 17)] as [Image],
      expected: reference,
      compare: roundTripped("new cv.Mat(rows, cols, type): rows is the height"),
    }),
    test({
      name: "a one-row strip (9×1, 3 channels)",
      points: 0.2,
      visibility: "hidden",
      input: () => [core.randomImage(9, 1, 3, 402)] as [Image],
      expected: reference,
      compare: roundTripped(),
    }),
    test({
      name: "values outside [0, 1] are clamped to 0 and 255 (a Uint8Array wraps around instead)",
      points: 0.3,
      visibility: "hidden",
      input: () => [core.fromRows([[-0.2, 0.3, 1.3], [1.01, -0.001, 0.999]])] as [Image],
      expected: reference,
      compare: roundTripped("clamp round(v·255) to 0…255 before storing it"),
    }),
    test({
      name: "the grey raccoon at full size (768×1024): one Mat, deleted",
      points: 0.3,
      visibility: "hidden",
      input: () => [color.rgbToGray(io.loadImage("raccoon"))] as [Image],
      expected: reference,
      compare: roundTripped(),
    }),
  ],
});
