import type { Image } from "./image";
import { ArgumentRangeError } from "./errors";
import { checkImage, checkNumber } from "./validate";

/**
 * Clamp every value into [lo, hi] (NaN becomes `lo`). Like `np.clip`.
 * @param lo lower bound. @default 0
 * @param hi upper bound, ≥ lo. @default 1
 * @example const safe = clip(sharpened); // back into [0, 1]
 * @see Szeliski, Computer Vision (2nd ed.), §3.1.
 */
export function clip(image: Image, lo = 0, hi = 1): Image {
  checkImage(image);
  checkNumber(lo, "lo");
  checkNumber(hi, "hi");
  if (hi < lo) throw new ArgumentRangeError("hi", `expected hi ≥ lo = ${lo}, got ${hi}`);
  const src = image.data;
  const n = src.length;
  const data = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const v = src[i]!;
    data[i] = v > hi ? hi : v >= lo ? v : lo;
  }
  return { width: image.width, height: image.height, channels: image.channels, data };
}
