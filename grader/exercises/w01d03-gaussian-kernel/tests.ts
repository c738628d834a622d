import { cvbridge, filters } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";

/** The library's kernel, equal to cv.getGaussianKernel(2⌈3σ⌉+1, σ) (lib/filters/gaussianKernel1d.test.ts). */
const reference = (sigma: number) => Array.from(filters.gaussianKernel1d(sigma));

/**
 * OpenCV's own weights. opencv-wasm 4.3 does not export getGaussianKernel, so blur a one-row impulse
 * (CV_64F, zero border) with cv.GaussianBlur(ksize = size×1, σ): the response is the kernel.
 */
function opencvKernel(sigma: number): number[] {
  const cv = cvbridge.opencv();
  const size = 2 * Math.ceil(3 * sigma) + 1;
  const src = new cv.Mat(1, 2 * size + 1, cv.CV_64F, new cv.Scalar(0));
  const dst = new cv.Mat();
  try {
    src.data64F[size] = 1;
    cv.GaussianBlur(src, dst, new cv.Size(size, 1), sigma, sigma, cv.BORDER_CONSTANT);
    return Array.from(dst.data64F.slice(size - (size >> 1), size + (size >> 1) + 1));
  } finally {
    src.delete();
    dst.delete();
  }
}

export default defineExercise({
  id: "w01d03-gaussian-kernel",
  title: "Normalised 1-D Gaussian kernel",
  points: 2,
  defines: ["gaussianKernel"],
  offLimits: { lib: ["filters.gaussianKernel1d", "filters.gaussianBlur", "filters.unsharpMask"], opencv: ["getGaussianKernel", "GaussianBlur"] },
  tests: [
    test({
      name: "σ = 1 gives 7 weights summing to 1",
      points: 0.4,
      visibility: "visible",
      input: () => [1] as [number],
      expected: reference,
      compare: 1e-9,
      hint: "size 2⌈3σ⌉+1 = 7; w(x) = exp(−x²/(2σ²)) for x = −3…3, then divide every weight by their sum",
    }),
    test({
      name: "σ = 0.5 gives 5 weights",
      points: 0.4,
      visibility: "visible",
      input: () => [0.5] as [number],
      expected: reference,
      compare: 1e-9,
    }),
    test({
      name: "σ = 1.1: the size rounds 3σ up (9 weights)",
      points: 0.3,
      visibility: "hidden",
      input: () => [1.1] as [number],
      expected: reference,
      compare: 1e-9,
      hint: "⌈3.3⌉ = 4, so the size is 9",
    }),
    test({
      name: "σ = 2.5 agrees with OpenCV's Gaussian (17 weights)",
      points: 0.4,
      visibility: "hidden",
      input: () => [2.5] as [number],
      expected: opencvKernel,
      compare: 1e-9,
    }),
    test({
      name: "σ = 0.3 gives 3 weights",
      points: 0.2,
      visibility: "hidden",
      input: () => [0.3] as [number],
      expected: reference,
      compare: 1e-9,
    }),
    test({
      name: "σ = 4: 25 weights, symmetric, summing to 1",
      points: 0.3,
      visibility: "hidden",
      input: () => [4] as [number],
      expected: reference,
      compare: 1e-9,
    }),
  ],
});
