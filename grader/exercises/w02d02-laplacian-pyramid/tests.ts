import { core, cvbridge, io, pyramids } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import type { Comparator } from "../../types";
import { closeImage, defineExercise, test } from "../../define";

/** OpenCV's pyrUp to an explicit size (CV_32F, BORDER_DEFAULT = reflect-101). */
function opencvPyrUp(img: Image, width: number, height: number): Image {
  const cv = cvbridge.opencv();
  return cvbridge.withMats((track) => {
    const src = track(cvbridge.toMat(img));
    const dst = track(new cv.Mat());
    cv.pyrUp(src, dst, new cv.Size(width, height), cv.BORDER_DEFAULT);
    return cvbridge.fromMat(dst);
  });
}
/** The library's pyrUp (= cv.pyrUp, lib/pyramids/pyrUp.test.ts). */
const libPyrUp = (img: Image, width: number, height: number) => pyramids.pyrUp(img, { width, height });

/** Arrays of images: same count, then each level like closeImage(tol). */
const closeImages = (tol: number): Comparator => (actual, expected) => {
  const e = expected as Image[];
  if (!Array.isArray(actual)) return { pass: false, message: `expected an array of ${e.length} images` };
  if (actual.length !== e.length) return { pass: false, message: `expected ${e.length} levels, got ${actual.length}` };
  for (let i = 0; i < e.length; i++) {
    const v = closeImage(tol)(actual[i], e[i]);
    if (!v.pass) return { pass: false, message: `level ${i}: ${v.message}` };
  }
  return { pass: true };
};

const rgbCrop = (name: "raccoon" | "coffee", x: number, y: number, width: number, height: number) => core.crop(io.loadImage(name), { x, y, width, height });
const pyramidOf = (img: Image, levels: number) => pyramids.laplacianPyramid(img, levels);
/** Arbitrary levels of the right sizes (not the pyramid of any image), to check collapse's arithmetic on its own. */
function madeUpPyramid(): Image[] {
  const sizes: [number, number][] = [[21, 15], [11, 8], [6, 4]];
  return sizes.map(([w, h], i) => {
    const r = core.randomImage(w, h, 1, 2231 + i);
    return { ...r, data: r.data.map((v) => (i === sizes.length - 1 ? v : v - 0.5)) };
  });
}
const random16x12 = () => core.randomImage(16, 12, 1, 2221);
const odd37x29 = () => core.randomImage(37, 29, 3, 2222);

export default defineExercise({
  id: "w02d02-laplacian-pyramid",
  title: "Laplacian pyramid: expand, build, collapse",
  points: 4,
  defines: ["expand", "buildLaplacian", "collapse"],
  offLimits: {
    lib: ["pyramids.pyrUp", "pyramids.laplacianPyramid", "pyramids.reconstruct", "pyramids.blend", "resize.resize"],
    opencv: ["pyrUp", "resize"],
  },
  tests: [
    test({
      name: "expand a 2×2 image to 4×4",
      points: 0.25,
      visibility: "visible",
      call: "expand",
      input: (): [Image, number, number] => [core.fromRows([[0, 1], [1, 0.5]]), 4, 4],
      expected: libPyrUp,
      compare: 1e-6,
      hint: "zero-insert (img(x, y) → (2x, 2y)), then blur with [1 4 6 4 1]/8 along x and along y, reflect-101 border",
    }),
    test({
      name: "expand a random 5×4 image to 10×8",
      points: 0.25,
      visibility: "visible",
      call: "expand",
      input: (): [Image, number, number] => [core.randomImage(5, 4, 1, 2211), 10, 8],
      expected: libPyrUp,
      compare: 1e-6,
      hint: "the weights must sum to 4 on the zero-inserted grid, or the result is 4× too dark",
    }),
    test({
      name: "expand an RGB 7×5 image to an odd size 13×9, like cv.pyrUp",
      points: 0.5,
      visibility: "hidden",
      call: "expand",
      input: (): [Image, number, number] => [core.randomImage(7, 5, 3, 2212), 13, 9],
      expected: opencvPyrUp,
      compare: 1e-5,
    }),
    test({
      name: "expand a 32×24 crop of the raccoon to 64×48, like cv.pyrUp",
      points: 0.5,
      visibility: "hidden",
      call: "expand",
      input: (): [Image, number, number] => [rgbCrop("raccoon", 520, 260, 32, 24), 64, 48],
      expected: opencvPyrUp,
      compare: 1e-5,
    }),
    test({
      name: "a 3-level pyramid of a random 16×12 image",
      points: 0.5,
      visibility: "visible",
      call: "buildLaplacian",
      input: (): [Image, number] => [random16x12(), 3],
      expected: pyramidOf,
      compare: closeImages(1e-5),
      hint: "level i = G[i] − expand(G[i+1], size of G[i]); the last level is the coarsest Gaussian level itself",
    }),
    test({
      name: "a 4-level pyramid of an RGB image with odd sides (37×29)",
      points: 0.5,
      visibility: "hidden",
      call: "buildLaplacian",
      input: (): [Image, number] => [odd37x29(), 4],
      expected: pyramidOf,
      compare: closeImages(1e-5),
    }),
    test({
      name: "a 5-level pyramid of a 64×48 crop of the coffee",
      points: 0.25,
      visibility: "hidden",
      call: "buildLaplacian",
      input: (): [Image, number] => [rgbCrop("coffee", 200, 120, 64, 48), 5],
      expected: pyramidOf,
      compare: closeImages(1e-5),
    }),
    test({
      name: "a 1-level pyramid is the image itself",
      points: 0.25,
      visibility: "hidden",
      call: "buildLaplacian",
      input: (): [Image, number] => [core.randomImage(6, 5, 1, 2213), 1],
      expected: pyramidOf,
      compare: closeImages(0),
    }),
    test({
      name: "collapse the pyramid of a random 16×12 image: the image comes back (< 1e-5)",
      points: 0.25,
      visibility: "visible",
      call: "collapse",
      input: (): [Image[]] => [pyramidOf(random16x12(), 3)],
      expected: () => random16x12(),
      compare: 1e-5,
      hint: "start from the last (coarsest) level; expand it to the size of the level above and add that level; repeat",
    }),
    test({
      name: "collapse a 4-level RGB pyramid with odd sides: the image comes back (< 1e-5)",
      points: 0.5,
      visibility: "hidden",
      call: "collapse",
      input: (): [Image[]] => [pyramidOf(odd37x29(), 4)],
      expected: () => odd37x29(),
      compare: 1e-5,
    }),
    test({
      name: "collapse made-up levels (not from any image) like the library's reconstruct",
      points: 0.25,
      visibility: "hidden",
      call: "collapse",
      input: (): [Image[]] => [madeUpPyramid()],
      expected: (p: Image[]) => pyramids.reconstruct(p),
      compare: 1e-5,
    }),
  ],
});
