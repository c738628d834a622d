import type { Image } from "../core/image";
import { histogram256 } from "./histogramInput";
import { otsuScan } from "./otsuScan";

/**
 * Otsu's objective for plotting: `out[t]` = between-class variance `q1·q2·(μ1 − μ2)²` (in
 * squared grey levels) of the split "levels ≤ t" vs "> t"; 0 where one class is (almost) empty.
 * Its arg-max is {@link otsuThreshold}. Input: a 1-channel image or a 256-bin histogram.
 * @example const curve = otsuObjective(histogram.histogram8(page)[0]);
 * @see N. Otsu, "A threshold selection method from gray-level histograms", IEEE SMC 1979.
 */
export function otsuObjective(input: Image | ArrayLike<number>): Float64Array {
  const h = histogram256(input, "input");
  const sigma = new Float64Array(256);
  if (h.some((v) => v > 0)) otsuScan(h, sigma);
  return sigma;
}
