import { contours, core, cvbridge, geometry, io, resize } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import type { Comparator } from "../../types";
import { defineExercise, test } from "../../define";

type Args = [Image];

/** The library's first four Hu invariants (lib/contours/huMoments.test.ts checks them against cv.HuMoments). */
const reference = (img: Image) => contours.huMoments(contours.moments(img)).slice(0, 4);

/**
 * OpenCV's moments (cv.moments of the CV_32F Mat, opencv-wasm) turned into h1…h4 with Hu's formulas
 * (opencv-wasm 4.3 has no cv.HuMoments; the lib's formula equals the Python build's, see above).
 */
function opencvHu(img: Image): number[] {
  const cv = cvbridge.opencv();
  const m = cvbridge.withMats((track) => cv.moments(track(cvbridge.toMat(img)), false)) as unknown as contours.Moments;
  return contours.huMoments(m).slice(0, 4);
}

/** Four finite numbers, each within `rel`·|expected| (+ a tiny absolute slack) of the expected invariant. */
function closeHu(rel: number): Comparator {
  return (actual, expected) => {
    const e = expected as number[];
    const ok = (Array.isArray(actual) || (ArrayBuffer.isView(actual) && !(actual instanceof DataView))) && (actual as ArrayLike<unknown>).length === 4;
    if (!ok) return { pass: false, message: "expected an array of 4 numbers [h1, h2, h3, h4]" };
    const a = Array.from(actual as ArrayLike<unknown>);
    for (let i = 0; i < 4; i++) {
      const v = a[i];
      if (typeof v !== "number" || !Number.isFinite(v)) return { pass: false, message: `h${i + 1} is ${String(v)}, expected a finite number` };
      if (!(Math.abs(v - e[i]!) <= rel * Math.abs(e[i]!) + 1e-15)) {
        return { pass: false, message: `h${i + 1}: got ${v.toExponential(5)}, expected ${e[i]!.toExponential(5)} (relative tolerance ${rel})` };
      }
    }
    return { pass: true };
  };
}

/** The horse silhouette (white on black) shrunk to `w`×`h` by area averaging: grey values along its outline. */
const horse = (w: number, h: number): Image => {
  const img = io.loadImage("horse");
  return resize.resize({ ...img, data: img.data.map((v) => 1 - v) }, w, h, { interpolation: "area" });
};
/** `img` pasted into a black `size`×`size` canvas with its top-left corner at (ox, oy). */
function paste(img: Image, size: number, ox: number, oy: number): Image {
  const out = core.createImage(size, size, 1);
  for (let y = 0; y < img.height; y++) out.data.set(img.data.subarray(y * img.width, (y + 1) * img.width), (y + oy) * size + ox);
  return out;
}
const smallHorse = () => horse(40, 33);
const hand = () => core.fromRows([[0, 1, 0, 0], [0, 1, 0, 0], [0, 1, 1, 1]]);
const EXACT = 1e-5;

export default defineExercise({
  id: "w02d05-hu-moments",
  title: "The first four Hu moment invariants",
  points: 3,
  defines: ["huMoments4"],
  offLimits: {
    lib: ["contours.moments", "contours.huMoments", "contours.matchShapes"],
    opencv: ["moments", "HuMoments", "matchShapes"],
  },
  tests: [
    test({
      name: "an L of five pixels on a 4×3 image",
      points: 0.4,
      visibility: "visible",
      input: (): Args => [hand()],
      expected: reference,
      compare: closeHu(EXACT),
      hint: "m_pq = Σ x^p y^q I(x, y) with x the column; centroid (m10/m00, m01/m00); nu_pq = mu_pq / m00^(1 + (p+q)/2)",
    }),
    test({
      name: "the horse silhouette, 40×33, grey edges",
      points: 0.4,
      visibility: "visible",
      input: (): Args => [smallHorse()],
      expected: reference,
      compare: closeHu(EXACT),
    }),
    test({
      name: "a random grey 15×11 image agrees with cv.moments + Hu's formulas",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [core.randomImage(15, 11, 1, 505)],
      expected: opencvHu,
      compare: closeHu(EXACT),
    }),
    test({
      name: "translation: the horse moved inside an 80×80 canvas has the same invariants",
      points: 0.4,
      visibility: "hidden",
      input: (): Args => [paste(smallHorse(), 80, 27, 31)],
      expected: () => reference(smallHorse()),
      compare: closeHu(EXACT),
    }),
    test({
      name: "rotation by 90°: the same invariants (to rounding)",
      points: 0.4,
      visibility: "hidden",
      input: (): Args => [core.flip(core.transpose(smallHorse()), "h")],
      expected: () => reference(smallHorse()),
      compare: closeHu(EXACT),
    }),
    test({
      name: "rotation by 30° (resampled): the same invariants within 2 %",
      points: 0.45,
      visibility: "hidden",
      input: (): Args => [geometry.warpAffine(paste(smallHorse(), 80, 20, 20), geometry.affineMatrix({ rotate: 30, center: { x: 39.5, y: 39.5 } }))],
      expected: () => reference(smallHorse()),
      compare: closeHu(0.02),
    }),
    test({
      name: "scale: the horse at twice the size (80×66) has the same invariants within 2 %",
      points: 0.45,
      visibility: "hidden",
      input: (): Args => [horse(80, 66)],
      expected: () => reference(smallHorse()),
      compare: closeHu(0.02),
    }),
  ],
});
