import type { Image } from "./image";
import { checkImage } from "./validate";

/** Per-channel summary of an image; each array has one entry per channel. */
export interface ImageStats {
  /** Smallest value of each channel. */
  min: number[];
  /** Largest value of each channel. */
  max: number[];
  /** Mean of each channel. */
  mean: number[];
  /** Population standard deviation of each channel (divides by N, like `cv.meanStdDev`). */
  std: number[];
}

/**
 * Minimum, maximum, mean and standard deviation of every channel (accumulated in double).
 * Like `cv.minMaxLoc` per channel plus `cv.meanStdDev`.
 * @example const { min, max, mean } = stats(img); // mean[0] is the red mean of an RGB image
 * @see Gonzalez & Woods, Digital Image Processing (4th ed.), §3.3 (histogram statistics).
 */
export function stats(image: Image): ImageStats {
  checkImage(image);
  const { channels: c, data } = image;
  const n = data.length / c;
  const min: number[] = [];
  const max: number[] = [];
  const mean: number[] = [];
  const std: number[] = [];
  for (let k = 0; k < c; k++) {
    let lo = Infinity;
    let hi = -Infinity;
    let sum = 0;
    for (let i = k; i < data.length; i += c) {
      const v = data[i]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
      sum += v;
    }
    const m = sum / n;
    let sq = 0;
    for (let i = k; i < data.length; i += c) {
      const d = data[i]! - m;
      sq += d * d;
    }
    min.push(lo);
    max.push(hi);
    mean.push(m);
    std.push(Math.sqrt(sq / n));
  }
  return { min, max, mean, std };
}
