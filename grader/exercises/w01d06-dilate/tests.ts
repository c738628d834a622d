import { core, cvbridge, io, morphology, threshold } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";

type Args = [Image, Image];

/** The textbook dilation (reflected SE, anchor at the centre, outside = ignored): the library's. */
const reference = (img: Image, se: Image) => morphology.dilate(img, se);

/** OpenCV's answer: cv.dilate does not reflect, so give it the SE rotated by 180° (odd sizes keep the centre anchor). */
function opencvDilate(img: Image, se: Image): Image {
  const cv = cvbridge.opencv();
  const rotated = core.imageFromData(se.width, se.height, 1, se.data.slice().reverse());
  return cvbridge.withMats((track) => {
    const dst = track(new cv.Mat());
    cv.dilate(track(cvbridge.toMat(img, { depth: "uint8" })), dst, track(cvbridge.toMat(rotated, { depth: "uint8" })));
    return cvbridge.fromMat(dst);
  });
}

/** A seeded binary image with roughly `density` of its pixels white. */
function sparse(width: number, height: number, seed: number, density: number): Image {
  const img = core.randomImage(width, height, 1, seed);
  for (let i = 0; i < img.data.length; i++) img.data[i] = img.data[i]! < density ? 1 : 0;
  return img;
}

const se = (rows: number[][]) => core.fromRows(rows);
const L = se([[0, 0, 1, 0, 0], [0, 0, 1, 0, 0], [0, 0, 1, 1, 1], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]);
const hook = se([[1, 1, 0], [0, 1, 0], [0, 0, 1]]);
const onePixel = (w: number, h: number, x: number, y: number) => {
  const img = core.createImage(w, h, 1);
  img.data[y * w + x] = 1;
  return img;
};

export default defineExercise({
  id: "w01d06-dilate",
  title: "Binary dilation with an arbitrary structuring element",
  points: 2,
  defines: ["dilateBinary"],
  offLimits: {
    lib: ["morphology.dilate", "morphology.erode", "morphology.open", "morphology.close", "morphology.gradient", "morphology.topHat", "morphology.blackHat", "morphology.majority"],
    opencv: ["dilate", "erode", "morphologyEx"],
  },
  tests: [
    test({
      name: "one white pixel stamps the 'L' as drawn (up and right): the SE is reflected",
      points: 0.3,
      visibility: "visible",
      input: () => [onePixel(7, 7, 3, 3), L] as Args,
      expected: reference,
      compare: 0,
      hint: "output(x, y) = 1 when some member (dx, dy) of the SE has img(x − dx, y − dy) = 1 — equivalently, each white pixel stamps the SE with its anchor on that pixel",
    }),
    test({
      name: "a 3×3 cross on a sparse 12×10 mask",
      points: 0.3,
      visibility: "visible",
      input: () => [sparse(12, 10, 601, 0.12), se([[0, 1, 0], [1, 1, 1], [0, 1, 0]])] as Args,
      expected: reference,
      compare: 0,
      hint: "offsets are relative to the anchor (⌊w/2⌋, ⌊h/2⌋); skip positions outside the image",
    }),
    test({
      name: "an asymmetric 3×3 SE on a sparse 31×23 mask: equals cv.dilate with the SE rotated 180°",
      points: 0.3,
      visibility: "hidden",
      input: () => [sparse(31, 23, 602, 0.08), hook] as Args,
      expected: opencvDilate,
      compare: 0,
    }),
    test({
      name: "the 'L' on a denser 40×30 mask",
      points: 0.2,
      visibility: "hidden",
      input: () => [sparse(40, 30, 603, 0.05), L] as Args,
      expected: reference,
      compare: 0,
    }),
    test({
      name: "coins (Otsu mask, crop) with a 7×7 ellipse: equals cv.dilate",
      points: 0.2,
      visibility: "hidden",
      input: () => [threshold.otsu(core.crop(io.loadImage("coins"), { x: 20, y: 20, width: 96, height: 72 })).image, core.imageFromData(7, 7, 1, Float32Array.from(morphology.structuringElement("ellipse", 7).data))] as Args,
      expected: opencvDilate,
      compare: 0,
    }),
    test({
      name: "an all-black image stays black (outside the image is never white)",
      points: 0.2,
      visibility: "hidden",
      input: () => [core.createImage(9, 6, 1), se([[1, 1, 1], [1, 1, 1], [1, 1, 1]])] as Args,
      expected: reference,
      compare: 0,
    }),
    test({
      name: "a one-row SE 1×5 pointing right of its anchor (wide, off-centre members) on a 1-row image",
      points: 0.2,
      visibility: "hidden",
      input: () => [sparse(23, 1, 604, 0.15), se([[0, 0, 1, 1, 1]])] as Args,
      expected: reference,
      compare: 0,
    }),
    test({
      name: "an even-sized 2×2 SE (anchor at (1, 1)) on a sparse 15×11 mask",
      points: 0.2,
      visibility: "hidden",
      input: () => [sparse(15, 11, 605, 0.1), se([[1, 1], [0, 1]])] as Args,
      expected: reference,
      compare: 0,
    }),
    test({
      name: "a 1×1 SE leaves the image unchanged",
      points: 0.1,
      visibility: "hidden",
      input: () => [sparse(8, 5, 606, 0.4), se([[1]])] as Args,
      expected: reference,
      compare: 0,
    }),
  ],
});
