import { core, cvbridge, edges, io } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { closeImage, defineExercise, test } from "../../define";
import type { Comparator } from "../../types";

type Args = [Image, Image];

const reference = (magnitude: Image, angle: Image) => edges.nonMaxSuppression(magnitude, angle);

/** A seeded image of values lo + (hi − lo)·u, u uniform in [0, 1). */
function uniform(width: number, height: number, seed: number, lo: number, hi: number): Image {
  const img = core.randomImage(width, height, 1, seed);
  for (let i = 0; i < img.data.length; i++) img.data[i] = lo + (hi - lo) * img.data[i]!;
  return img;
}

/** Integer magnitudes 0…levels−1: many equal neighbours, so the tie rule matters. */
function plateaus(width: number, height: number, seed: number, levels: number): Image {
  const img = core.randomImage(width, height, 1, seed);
  for (let i = 0; i < img.data.length; i++) img.data[i] = Math.floor(img.data[i]! * levels);
  return img;
}

/** Sobel magnitude and angle of a grey image (as edges.sobel gives them). */
function gradients(img: Image): Args {
  const g = edges.sobel(img);
  return [g.magnitude, g.angle];
}

/** A crop of the camera man quantised to 8-bit values 0–255 (cv.Canny's input). */
const camera8 = (x: number, y: number, width: number, height: number): Image => {
  const crop = core.crop(io.loadImage("camera"), { x, y, width, height });
  return { ...crop, data: crop.data.map((v) => Math.round(v * 255)) };
};

/** cv.Canny's own gradients: 3×3 Sobel with replicated borders on 0–255 values, magnitude |Gx| + |Gy|. */
function cannyGradients(img8: Image): Args {
  const g = edges.sobel(img8, { border: "replicate" });
  const magnitude = core.createFrom(g.gx);
  for (let i = 0; i < magnitude.data.length; i++) magnitude.data[i] = Math.abs(g.gx.data[i]!) + Math.abs(g.gy.data[i]!);
  return [magnitude, g.angle];
}

const CANNY_LOW = 60, CANNY_HIGH = 150;

/** The 8-bit camera crop of the cv.Canny test. */
const cannyCrop = () => camera8(150, 40, 160, 160);

/** cv.Canny's edge map (1 on edges) of the 8-bit crop the magnitudes came from. */
function opencvCanny(img8: Image): Image {
  const cv = cvbridge.opencv();
  const src = { ...img8, data: img8.data.map((v) => v / 255) };
  return cvbridge.withMats((track) => {
    const dst = track(new cv.Mat());
    cv.Canny(track(cvbridge.toMat(src, { depth: "uint8" })), dst, CANNY_LOW, CANNY_HIGH);
    return cvbridge.fromMat(dst);
  });
}

/** Share of `a`'s edge pixels with an edge of `b` within 1 px (8-neighbourhood). */
function within1px(a: Image, b: Image): number {
  const { width: w, height: h } = a;
  let total = 0, hit = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (a.data[y * w + x] === 0) continue;
      total++;
      search: for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx, yy = y + dy;
          if (xx >= 0 && yy >= 0 && xx < w && yy < h && b.data[yy * w + xx] !== 0) { hit++; break search; }
        }
      }
    }
  }
  return total === 0 ? 1 : hit / total;
}

/** Your NMS, then the library's hysteresis: ≥ `share` of cv.Canny's edges within 1 px of yours, and of yours within 1 px of its. */
function agreesWithCanny(share: number): Comparator {
  const shape = closeImage(Infinity);
  return (actual, expected) => {
    const s = shape(actual, expected);
    if (!s.pass) return s;
    const mine = edges.hysteresis(actual as Image, { low: CANNY_LOW, high: CANNY_HIGH });
    const theirs = expected as Image;
    const recall = within1px(theirs, mine), precision = within1px(mine, theirs);
    const msg = `${(100 * recall).toFixed(1)}% of cv.Canny's edges are within 1 px of yours, ${(100 * precision).toFixed(1)}% of yours within 1 px of its`;
    return recall >= share && precision >= share ? { pass: true, message: msg } : { pass: false, message: `${msg} (need ≥ ${100 * share}% both ways)` };
  };
}

export default defineExercise({
  id: "w01d06-nms",
  title: "Non-maximum suppression along the gradient direction",
  points: 3,
  defines: ["nonMaxSuppression"],
  offLimits: { lib: ["edges.nonMaxSuppression", "edges.canny"], opencv: ["Canny"] },
  tests: [
    test({
      name: "a vertical ridge (gradient along x, angle 0°): only its crest survives",
      points: 0.4,
      visibility: "visible",
      input: () => {
        const row = [0, 1, 3, 5, 3, 1, 0];
        return [core.fromRows([row, row, row, row]), core.createImage(7, 4, 1, 0)] as Args;
      },
      expected: reference,
      compare: 0,
      hint: "angle 0° compares each pixel with its left and right neighbours",
    }),
    test({
      name: "random magnitudes and angles in [0°, 360°) on 16×12",
      points: 0.4,
      visibility: "visible",
      input: () => [uniform(16, 12, 611, 0, 1), uniform(16, 12, 612, 0, 360)] as Args,
      expected: reference,
      compare: 0,
      hint: "fold the angle into [0, 180) first; y points down, so 45° means right-and-down (compare up-left with down-right)",
    }),
    test({
      name: "random magnitudes and angles in [0°, 360°) on 40×30",
      points: 0.4,
      visibility: "hidden",
      input: () => [uniform(40, 30, 613, 0, 4), uniform(40, 30, 614, 0, 360)] as Args,
      expected: reference,
      compare: 0,
    }),
    test({
      name: "negative angles in (−180°, 180°], as atan2 gives them",
      points: 0.4,
      visibility: "hidden",
      input: () => [uniform(30, 20, 615, 0, 1), uniform(30, 20, 616, -180, 180)] as Args,
      expected: reference,
      compare: 0,
      hint: "(−30) % 180 is −30 in JavaScript: add 180 when negative",
    }),
    test({
      name: "plateaus of equal magnitudes follow the tie rule (> behind, ≥ ahead; diagonals > both)",
      points: 0.4,
      visibility: "hidden",
      input: () => [plateaus(30, 24, 617, 3), uniform(30, 24, 618, 0, 180)] as Args,
      expected: reference,
      compare: 0,
    }),
    test({
      name: "Sobel gradients of a camera crop",
      points: 0.4,
      visibility: "hidden",
      input: () => gradients(core.crop(io.loadImage("camera"), { x: 180, y: 60, width: 64, height: 64 })),
      expected: reference,
      compare: 0,
    }),
    test({
      name: "with hysteresis, agrees with cv.Canny on a camera crop (≥ 95% of edge pixels within 1 px, both ways)",
      points: 0.4,
      visibility: "hidden",
      input: () => cannyGradients(cannyCrop()),
      expected: (_magnitude: Image, _angle: Image) => opencvCanny(cannyCrop()),
      compare: agreesWithCanny(0.95),
    }),
    test({
      name: "a one-row image: vertical neighbours lie outside and count as 0",
      points: 0.2,
      visibility: "hidden",
      input: () => [uniform(19, 1, 619, 0, 1), uniform(19, 1, 620, 0, 180)] as Args,
      expected: reference,
      compare: 0,
    }),
  ],
});
