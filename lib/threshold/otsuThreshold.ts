import type { Image } from "../core/image";
import { histogram256 } from "./histogramInput";
import { otsuScan } from "./otsuScan";

/**
 * Otsu's threshold in 0–255 units: the level t maximising the between-class variance of
 * "≤ t" vs "> t", computed exactly as `cv.threshold(…, THRESH_OTSU)` on 8-bit images (same
 * value, ties → the smallest t; a uniform image → 0). Input: a 1-channel image (levels
 * `round(v·255)`) or a 256-bin histogram. Apply it with `binary(img, t/255)` or use {@link otsu}.
 * @example const t = otsuThreshold(grey); // e.g. 117
 * @see N. Otsu, "A threshold selection method from gray-level histograms", IEEE SMC 1979.
 */
export function otsuThreshold(input: Image | ArrayLike<number>): number {
  const h = histogram256(input, "input");
  if (!h.some((v) => v > 0)) return 0;
  return otsuScan(h, undefined);
}
