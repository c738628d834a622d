import type { Image } from "./image";
import { checkSameShape } from "./checkSameShape";

/**
 * Mean absolute difference over every value of two same-shaped images (MAE), in the images'
 * units. Equals `cv.norm(a, b, NORM_L1) / (width · height · channels)`.
 * @example meanAbsDifference(ours, theirs) < 1e-6
 * @see Wang & Bovik, "Mean squared error: love it or leave it?", IEEE SPM 2009.
 */
export function meanAbsDifference(a: Image, b: Image): number {
  checkSameShape(a, b, "a", "b");
  const x = a.data;
  const y = b.data;
  const n = x.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.abs(x[i]! - y[i]!);
  return sum / n;
}
