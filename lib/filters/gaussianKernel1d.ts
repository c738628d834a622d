import { ArgumentRangeError } from "../core/errors";
import { checkNumber, checkOddPositiveInt } from "../core/validate";

/** Options of {@link gaussianKernel1d}. */
export interface GaussianKernel1dOptions {
  /** Number of weights, odd. @default 2⌈3σ⌉ + 1 (covers ±3σ) */
  size?: number;
}

/** OpenCV's fixed kernels for σ ≤ 0 and small sizes (getGaussianKernel's `small_gaussian_tab`). */
const SMALL_TABLE: Record<number, readonly number[]> = {
  1: [1],
  3: [0.25, 0.5, 0.25],
  5: [0.0625, 0.25, 0.375, 0.25, 0.0625],
  7: [0.03125, 0.109375, 0.21875, 0.28125, 0.21875, 0.109375, 0.03125],
};

/**
 * Normalised 1-D Gaussian weights `g(i) ∝ exp(−(i − ⌊size/2⌋)² / 2σ²)`, summing to 1, as a
 * Float64Array. Equal to `cv.getGaussianKernel(size, sigma)` for the same size and σ > 0. With
 * `sigma = 0` (then `size` is required) it follows OpenCV: σ = 0.3·((size − 1)/2 − 1) + 0.8, and the
 * fixed binomial kernels for sizes 1, 3, 5, 7 (recent OpenCV builds, e.g. 4.14, additionally round
 * σ = 0 kernels of larger sizes to multiples of 1/256; we do not).
 * @example gaussianKernel1d(1) // 7 weights: [0.0044, 0.054, 0.242, 0.399, 0.242, 0.054, 0.0044]
 * @see Szeliski, Computer Vision (2nd ed.) §3.2.1; OpenCV `cv::getGaussianKernel`.
 */
export function gaussianKernel1d(sigma: number, options: GaussianKernel1dOptions = {}): Float64Array {
  checkNumber(sigma, "sigma", { min: 0 });
  const { size = sigma > 0 ? 2 * Math.ceil(3 * sigma) + 1 : undefined } = options;
  if (size === undefined) throw new ArgumentRangeError("options.size", "a size is required when sigma is 0 (OpenCV derives σ from the size)");
  checkOddPositiveInt(size, "options.size");
  return gaussianKernelRaw(sigma, size);
}

/** Internal: {@link gaussianKernel1d} without validation. */
export function gaussianKernelRaw(sigma: number, size: number): Float64Array {
  const out = new Float64Array(size);
  const table = sigma <= 0 ? SMALL_TABLE[size] : undefined;
  if (table) {
    out.set(table);
    return out;
  }
  const s = sigma > 0 ? sigma : 0.3 * ((size - 1) * 0.5 - 1) + 0.8;
  const scale = -0.5 / (s * s);
  const r = (size - 1) / 2;
  let sum = 0;
  for (let i = 0; i < size; i++) {
    const x = i - r;
    out[i] = Math.exp(scale * x * x);
    sum += out[i]!;
  }
  for (let i = 0; i < size; i++) out[i] /= sum;
  return out;
}
