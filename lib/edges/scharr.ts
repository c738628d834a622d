import type { Image } from "../core/image";
import { checkImage, checkOneOf } from "../core/validate";
import { borderModes, type BorderMode } from "./border";
import { gradientWith } from "./internal/gradient";
import type { SobelResult } from "./sobel";

/** Options of {@link scharr}. */
export interface ScharrOptions {
  /** How pixels beyond the edge are invented. @default "reflect101" (OpenCV's default) */
  border?: BorderMode;
}

/**
 * Scharr gradients (3×3, smoothing [3 10 3], derivative [−1 0 1]): more rotation-invariant than a
 * 3×3 Sobel. `gx`/`gy` equal `cv.Scharr(src, cv.CV_32F, 1, 0)` / `(0, 1)`; magnitude and angle as
 * in {@link sobel} (angle in degrees, [0, 360)).
 * @example const { gx, gy } = edges.scharr(grey);
 * @see H. Scharr, "Optimal operators in digital image processing", PhD thesis, Heidelberg 2000.
 */
export function scharr(image: Image, options: ScharrOptions = {}): SobelResult {
  const { border = "reflect101" } = options;
  checkImage(image, { channels: 1 }, "image");
  checkOneOf(border, borderModes, "options.border");
  return gradientWith(image, [3, 10, 3], [-1, 0, 1], border);
}
