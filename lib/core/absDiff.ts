import type { Image } from "./image";
import { checkSameShape } from "./checkSameShape";

/**
 * Per-value absolute difference `|a − b|`, same shape as the inputs — e.g. an "ours vs OpenCV"
 * difference image. Like `cv.absdiff` on float Mats.
 * @example const diff = absDiff(ours, theirs);
 * @see Szeliski, Computer Vision (2nd ed.), §3.1.
 */
export function absDiff(a: Image, b: Image): Image {
  checkSameShape(a, b, "a", "b");
  const x = a.data;
  const y = b.data;
  const n = x.length;
  const data = new Float32Array(n);
  for (let i = 0; i < n; i++) data[i] = Math.abs(x[i]! - y[i]!);
  return { width: a.width, height: a.height, channels: a.channels, data };
}
