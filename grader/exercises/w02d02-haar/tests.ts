import { core, io, pyramids } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";

/** The library's orthonormal Haar step (Mallat layout), one level; its tests check energy and exact inversion. */
const forward = (img: Image) => pyramids.haar2d(img, 1);
const inverse = (coeffs: Image) => pyramids.ihaar2d(coeffs, 1);

const grey = () => core.crop(io.loadImage("camera"), { x: 180, y: 60, width: 64, height: 48 });
const rgb12x10 = () => core.randomImage(12, 10, 3, 2242);
/** Arbitrary coefficients (any values are a valid Haar decomposition: the transform is a bijection). */
const madeUp = () => {
  const r = core.randomImage(10, 8, 1, 2243);
  return { ...r, data: r.data.map((v) => 2 * v - 1) };
};

export default defineExercise({
  id: "w02d02-haar",
  title: "One level of the orthonormal 2-D Haar wavelet transform and its inverse",
  points: 3,
  defines: ["haar2d", "ihaar2d"],
  offLimits: { lib: ["pyramids.haar2d", "pyramids.ihaar2d"], opencv: ["dct", "idct"] },
  tests: [
    test({
      name: "the 2×2 block [[1, 2], [3, 4]] → [[5, −1], [−2, 0]]",
      points: 0.4,
      visibility: "visible",
      call: "haar2d",
      input: (): [Image] => [core.fromRows([[1, 2], [3, 4]])],
      expected: forward,
      compare: 1e-6,
      hint: "approximation (p+q+r+s)/2, along x (p−q+r−s)/2, along y (p+q−r−s)/2, diagonal (p−q−r+s)/2",
    }),
    test({
      name: "a random 8×6 grey image: quadrants in the Mallat layout",
      points: 0.4,
      visibility: "visible",
      call: "haar2d",
      input: (): [Image] => [core.randomImage(8, 6, 1, 2241)],
      expected: forward,
      compare: 1e-6,
      hint: "block (i, j) goes to (i, j) top-left, (w/2 + i, j) top-right, (i, h/2 + j) bottom-left, (w/2 + i, h/2 + j) bottom-right",
    }),
    test({
      name: "a random RGB 12×10 image (each channel on its own)",
      points: 0.4,
      visibility: "hidden",
      call: "haar2d",
      input: (): [Image] => [rgb12x10()],
      expected: forward,
      compare: 1e-6,
    }),
    test({
      name: "a 64×48 crop of the camera (energy is preserved)",
      points: 0.4,
      visibility: "hidden",
      call: "haar2d",
      input: (): [Image] => [grey()],
      expected: forward,
      compare: 1e-5,
    }),
    test({
      name: "a 6×2 image (one row of blocks)",
      points: 0.2,
      visibility: "hidden",
      call: "haar2d",
      input: (): [Image] => [core.randomImage(6, 2, 1, 2244)],
      expected: forward,
      compare: 1e-6,
    }),
    test({
      name: "inverse of [[5, −1], [−2, 0]] is [[1, 2], [3, 4]]",
      points: 0.4,
      visibility: "visible",
      call: "ihaar2d",
      input: (): [Image] => [core.fromRows([[5, -1], [-2, 0]])],
      expected: () => core.fromRows([[1, 2], [3, 4]]),
      compare: 1e-6,
      hint: "p = (A+H+V+D)/2, q = (A−H+V−D)/2, r = (A+H−V−D)/2, s = (A−H−V+D)/2",
    }),
    test({
      name: "round trip: the inverse of the library's coefficients of an RGB image gives it back (< 1e-5)",
      points: 0.4,
      visibility: "hidden",
      call: "ihaar2d",
      input: (): [Image] => [forward(rgb12x10())],
      expected: () => rgb12x10(),
      compare: 1e-5,
    }),
    test({
      name: "inverse of made-up coefficients like the library's ihaar2d",
      points: 0.4,
      visibility: "hidden",
      call: "ihaar2d",
      input: (): [Image] => [madeUp()],
      expected: inverse,
      compare: 1e-6,
    }),
  ],
});
