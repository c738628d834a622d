import type { Image } from "../core/image";
import { ArgumentTypeError, ArgumentRangeError, describeValue } from "../core/errors";
import { checkImage, checkNumber } from "../core/validate";

/** A bound for {@link inRange}: one number for every channel, or one per channel. */
export type ChannelBound = number | readonly number[];

function boundArray(bound: ChannelBound, channels: number, argument: string): Float32Array {
  if (typeof bound === "number") {
    checkNumber(bound, argument);
    return new Float32Array(channels).fill(bound);
  }
  if (!Array.isArray(bound) || bound.length !== channels) {
    throw new ArgumentTypeError(argument, `expected a number or an array of ${channels} numbers (one per channel), got ${describeValue(bound)}`);
  }
  bound.forEach((v, k) => checkNumber(v, `${argument}[${k}]`));
  return Float32Array.from(bound);
}

/**
 * Mask of the pixels whose every channel lies in [lo, hi] (inclusive): a 1-channel image of 1
 * (inside) and 0 (outside). Like `cv.inRange`, which writes 255 instead of 1. The bounds are rounded
 * to float32 first, as the pixels are (so `inRange(img, 0.2, 0.8)` keeps a stored 0.8). For hue
 * ranges that wrap past 360°, combine two masks.
 * @param lo lower bound per channel (or one for all), in the image's units (degrees for H).
 * @param hi upper bound per channel (or one for all), each ≥ lo.
 * @example const orange = inRange(rgbToHsv(img), [20, 0.4, 0.3], [40, 1, 1]);
 * @see Gonzalez & Woods, Digital Image Processing (4th ed.), §6.7 (segmentation in colour spaces).
 */
export function inRange(image: Image, lo: ChannelBound, hi: ChannelBound): Image {
  checkImage(image);
  const c = image.channels;
  const low = boundArray(lo, c, "lo");
  const high = boundArray(hi, c, "hi");
  for (let k = 0; k < c; k++) {
    if (high[k]! < low[k]!) throw new ArgumentRangeError(c === 1 ? "hi" : `hi[${k}]`, `expected ≥ lo = ${low[k]}, got ${high[k]}`);
  }
  const { width, height, data: src } = image;
  const n = width * height;
  const data = new Float32Array(n);
  if (c === 1) {
    const l = low[0]!;
    const h = high[0]!;
    for (let i = 0; i < n; i++) {
      const v = src[i]!;
      data[i] = v >= l && v <= h ? 1 : 0;
    }
  } else if (c === 3) {
    const l0 = low[0]!, l1 = low[1]!, l2 = low[2]!;
    const h0 = high[0]!, h1 = high[1]!, h2 = high[2]!;
    for (let i = 0, s = 0; i < n; i++, s += 3) {
      const a = src[s]!, b = src[s + 1]!, d = src[s + 2]!;
      data[i] = a >= l0 && a <= h0 && b >= l1 && b <= h1 && d >= l2 && d <= h2 ? 1 : 0;
    }
  } else {
    for (let i = 0, s = 0; i < n; i++, s += c) {
      let inside = 1;
      for (let k = 0; k < c; k++) {
        const v = src[s + k]!;
        if (!(v >= low[k]! && v <= high[k]!)) {
          inside = 0;
          break;
        }
      }
      data[i] = inside;
    }
  }
  return { width, height, channels: 1, data };
}
