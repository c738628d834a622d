import { core, cvbridge, geometry, io } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";

type Args = [Image, number[], number, number];

/**
 * The exercise's definition in float64: every output pixel (x, y) samples the source at
 * M⁻¹·(x, y, 1) with bilinear weights, pixels outside the source count as 0. (`geometry.warpAffine`
 * reproduces OpenCV's 1/32-pixel fixed point instead, so it differs from this by up to ~0.01 on
 * textured images; the OpenCV test below uses a matching tolerance.)
 */
function reference(img: Image, M: number[], width: number, height: number): Image {
  const [a, b, c, d, e, f] = M as [number, number, number, number, number, number];
  const det = a * e - b * d;
  const i0 = e / det, i1 = -b / det, i3 = -d / det, i4 = a / det;
  const i2 = -(i0 * c + i1 * f), i5 = -(i3 * c + i4 * f);
  const { width: W, height: H, channels: C, data } = img;
  const out = core.createImage(width, height, C);
  const at = (x: number, y: number, k: number) => (x < 0 || y < 0 || x >= W || y >= H ? 0 : data[(y * W + x) * C + k]!);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = i0 * x + i1 * y + i2, sy = i3 * x + i4 * y + i5;
      const x0 = Math.floor(sx), y0 = Math.floor(sy), fx = sx - x0, fy = sy - y0;
      for (let k = 0; k < C; k++) {
        const top = (1 - fx) * at(x0, y0, k) + fx * at(x0 + 1, y0, k);
        const bottom = (1 - fx) * at(x0, y0 + 1, k) + fx * at(x0 + 1, y0 + 1, k);
        out.data[(y * width + x) * C + k] = (1 - fy) * top + fy * bottom;
      }
    }
  }
  return out;
}

/** cv.warpAffine(src, dst, M, (width, height), INTER_LINEAR, BORDER_CONSTANT, 0) on a CV_32F Mat. */
function opencvWarp(img: Image, M: number[], width: number, height: number): Image {
  const cv = cvbridge.opencv();
  return cvbridge.withMats((track) => {
    const dst = track(new cv.Mat());
    const m = track(cv.matFromArray(2, 3, cv.CV_64FC1, M.slice(0, 6)));
    cv.warpAffine(track(cvbridge.toMat(img)), dst, m, new cv.Size(width, height), cv.INTER_LINEAR, cv.BORDER_CONSTANT, new cv.Scalar(0, 0, 0, 0));
    return cvbridge.fromMat(dst);
  });
}

const affine = (o: geometry.AffineMatrixOptions): number[] => geometry.affineMatrix(o).slice(0, 6);
const TOL = 1e-4;

export default defineExercise({
  id: "w02d05-warp-affine",
  title: "Affine warp by inverse mapping with bilinear sampling",
  points: 3,
  defines: ["warpAffineBilinear"],
  offLimits: {
    lib: ["geometry.warpAffine", "geometry.warpPerspective", "geometry.invertAffine", "geometry.forwardWarp", "resize.resize"],
    opencv: ["warpAffine", "warpPerspective", "invertAffineTransform", "remap", "resize", "invert", "solve"],
  },
  tests: [
    test({
      name: "a 3×2 image shifted right by half a pixel: each value is the mean of two neighbours",
      points: 0.4,
      visibility: "visible",
      input: (): Args => [core.fromRows([[0.2, 0.4, 0.8], [1, 0.6, 0]]), [1, 0, 0.5, 0, 1, 0], 3, 2],
      expected: reference,
      compare: TOL,
      hint: "output (x, y) reads the source at M⁻¹·(x, y): here (x − 0.5, y); blend the two pixels either side with weights 1 − fx and fx, and count pixels outside the image as 0",
    }),
    test({
      name: "a random 24×20 grey image rotated 30° about its centre",
      points: 0.5,
      visibility: "visible",
      input: (): Args => [core.randomImage(24, 20, 1, 501), affine({ rotate: 30, center: { x: 11.5, y: 9.5 } }), 24, 20],
      expected: reference,
      compare: TOL,
      hint: "map every OUTPUT pixel back with the inverse matrix (a forward loop over source pixels leaves holes)",
    }),
    test({
      name: "an RGB image enlarged 1.7× into a larger output (forward mapping would leave holes)",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [core.randomImage(20, 16, 3, 502), affine({ scale: 1.7, translate: [2, 1] }), 38, 30],
      expected: reference,
      compare: TOL,
    }),
    test({
      name: "shear, anisotropic scale and translation on a crop of the raccoon (inverse ≠ transpose)",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [core.crop(io.loadImage("raccoon"), { x: 520, y: 260, width: 48, height: 36 }), affine({ shear: [0.35, -0.1], scale: [1.2, 0.8], translate: [6, -3] }), 56, 34],
      expected: reference,
      compare: TOL,
    }),
    test({
      name: "rotation 17° with scale 0.8 and a sub-pixel shift (non-integer sample positions everywhere)",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [core.randomImage(31, 23, 1, 503), affine({ rotate: -17, scale: 0.8, center: { x: 15, y: 11 }, translate: [0.37, -0.61] }), 29, 25],
      expected: reference,
      compare: TOL,
    }),
    test({
      name: "agrees with cv.warpAffine (INTER_LINEAR, BORDER_CONSTANT) on the camera man, within OpenCV's 1/32-pixel rounding",
      points: 0.6,
      visibility: "hidden",
      input: (): Args => [core.crop(io.loadImage("camera"), { x: 180, y: 60, width: 64, height: 64 }), affine({ rotate: 23, scale: 1.3, center: { x: 31.5, y: 31.5 }, translate: [2.3, -1.7] }), 60, 56],
      expected: opencvWarp,
      compare: 0.01,
    }),
  ],
});
