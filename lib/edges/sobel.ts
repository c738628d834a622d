import type { Image } from "../core/image";
import { ArgumentRangeError } from "../core/errors";
import { checkImage, checkOneOf } from "../core/validate";
import { borderModes, type BorderMode } from "./border";
import { gradientWith, type GradientResult } from "./internal/gradient";
import { sobelKernel1d } from "./internal/separable";

/** Options of {@link sobel}. */
export interface SobelOptions {
  /** Aperture: 1 (plain [−1 0 1], no smoothing), 3, 5 or 7, like cv.Sobel's `ksize`. @default 3 */
  ksize?: 1 | 3 | 5 | 7;
  /** How pixels beyond the edge are invented. @default "reflect101" (OpenCV's default) */
  border?: BorderMode;
}

/** The result of {@link sobel} and {@link scharr}: gx, gy, magnitude and angle (degrees, [0, 360)). */
export type SobelResult = GradientResult;

/**
 * Sobel image gradients of a grey image. `gx` and `gy` equal `cv.Sobel(src, cv.CV_32F, 1, 0, ksize)`
 * and `cv.Sobel(src, cv.CV_32F, 0, 1, ksize)` (unnormalised kernels: for ksize 3, a step of height
 * 1 gives |g| = 4); `magnitude` = √(gx²+gy²) and `angle` = direction of the gradient in degrees
 * in [0, 360) measured from +x towards +y (downwards), computed with OpenCV's fastAtan2 polynomial
 * like `cv.cartToPolar(gx, gy, angleInDegrees=true)` (error < 0.01°). Values are in the input's units
 * (for a [0, 1] image, gradients of [0, 1] values).
 * @example const { magnitude, angle } = edges.sobel(grey);
 * @see I. Sobel & G. Feldman, "A 3×3 isotropic gradient operator" (1968); Szeliski, Computer Vision 2e, §3.2.3.
 */
export function sobel(image: Image, options: SobelOptions = {}): SobelResult {
  const { ksize = 3, border = "reflect101" } = options;
  checkImage(image, { channels: 1 }, "image");
  if (ksize !== 1 && ksize !== 3 && ksize !== 5 && ksize !== 7) {
    throw new ArgumentRangeError("options.ksize", `expected 1, 3, 5 or 7, got ${String(ksize)}`);
  }
  checkOneOf(border, borderModes, "options.border");
  const smooth = sobelKernel1d(ksize, 0);
  const deriv = sobelKernel1d(ksize, 1);
  return gradientWith(image, smooth, deriv, border);
}

