import type { Image } from "../core/image";
import { histogram256 } from "./histogramInput";

/**
 * The triangle method's threshold in 0–255 units, exactly as `cv.threshold(…, THRESH_TRIANGLE)`
 * on 8-bit images: a line from the histogram's peak to the far end of its longer tail; the
 * level whose bar lies farthest below that line, minus one. Suited to one dominant mode (e.g. a
 * bright background with few dark marks). Input: a 1-channel image or a 256-bin histogram.
 * @example const t = triangleThreshold(text);
 * @see G. W. Zack, W. E. Rogers, S. A. Latt, "Automatic measurement of sister chromatid exchange frequency", 1977.
 */
export function triangleThreshold(input: Image | ArrayLike<number>): number {
  const h = histogram256(input, "input");
  const N = 256;
  let left = 0;
  let right = 0;
  let maxInd = 0;
  let max = 0;
  for (let i = 0; i < N; i++) {
    if (h[i]! > 0) {
      left = i;
      break;
    }
  }
  if (left > 0) left--;
  for (let i = N - 1; i > 0; i--) {
    if (h[i]! > 0) {
      right = i;
      break;
    }
  }
  if (right < N - 1) right++;
  for (let i = 0; i < N; i++) {
    if (h[i]! > max) {
      max = h[i]!;
      maxInd = i;
    }
  }
  let flipped = false;
  if (maxInd - left < right - maxInd) {
    flipped = true;
    h.reverse();
    left = N - 1 - right;
    maxInd = N - 1 - maxInd;
  }
  let thresh = left;
  const a = max;
  const b = left - maxInd;
  let dist = 0;
  for (let i = left + 1; i <= maxInd; i++) {
    const d = a * i + b * h[i]!;
    if (d > dist) {
      dist = d;
      thresh = i;
    }
  }
  thresh--;
  if (flipped) thresh = N - 1 - thresh;
  return thresh;
}
