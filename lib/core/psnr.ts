import type { Image } from "./image";
import { checkSameShape } from "./checkSameShape";
import { checkNumber } from "./validate";

/** Options of {@link psnr}. */
export interface PsnrOptions {
  /** Largest possible value (R): 1 for our [0,1] images, 255 for 8-bit data. @default 1 */
  peak?: number;
}

/**
 * Peak signal-to-noise ratio in decibels: `20·log10(peak / √MSE)`, MSE over every value.
 * Identical images give `Infinity`; OpenCV's `cv.PSNR` adds DBL_EPSILON to √MSE and returns
 * about 361 dB (for peak 255) instead — otherwise the values agree.
 * @example psnr(original, denoised) // ≈ 30 dB is "good"
 * @see Gonzalez & Woods, Digital Image Processing (4th ed.), §8.1 (fidelity criteria).
 */
export function psnr(a: Image, b: Image, options: PsnrOptions = {}): number {
  const { peak = 1 } = options;
  checkSameShape(a, b, "a", "b");
  checkNumber(peak, "options.peak", { min: 0, exclusiveMin: true });
  const x = a.data;
  const y = b.data;
  const n = x.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i]! - y[i]!;
    sum += d * d;
  }
  if (sum === 0) return Infinity;
  return 20 * Math.log10(peak / Math.sqrt(sum / n));
}
