import type { Image } from "../core/image";
import { assertUnreachable } from "../core/errors";
import { checkImage, checkNumber, checkOneOf, outputBuffer } from "../core/validate";

/**
 * Global threshold variants, as OpenCV's `THRESH_*` types (t = threshold, m = maxValue):
 * `binary` v > t ? m : 0 · `binaryInv` v > t ? 0 : m · `truncate` v > t ? t : v ·
 * `toZero` v > t ? v : 0 · `toZeroInv` v > t ? 0 : v.
 */
export const ThresholdType = {
  binary: "binary",
  binaryInv: "binaryInv",
  truncate: "truncate",
  toZero: "toZero",
  toZeroInv: "toZeroInv",
} as const;
export type ThresholdType = (typeof ThresholdType)[keyof typeof ThresholdType];
const THRESHOLD_TYPES = Object.values(ThresholdType);

/** Options of {@link threshold}. */
export interface ThresholdOptions {
  /** Which variant; see {@link ThresholdType}. @default "binary" */
  type?: ThresholdType;
  /** Value written for "on" pixels by `binary` / `binaryInv`. @default 1 */
  maxValue?: number;
  /** Buffer of `width·height·channels` floats to write the result into. @default a new buffer */
  out?: Float32Array;
}

/**
 * Global threshold at `t` (same units as the image, e.g. 0.5 for mid grey), every channel
 * independently; the comparison is strict (`v > t`), as `cv.threshold` on CV_32F Mats.
 * For 8-bit-style thresholds in 0–255 units pass `t/255`.
 * @example const mask = threshold(grey, 0.5); const capped = threshold(grey, 0.8, { type: "truncate" });
 * @see Gonzalez & Woods, Digital Image Processing (4th ed.), §10.3.
 */
export function threshold(image: Image, t: number, options: ThresholdOptions = {}): Image {
  const { type = "binary", maxValue = 1, out } = options;
  checkImage(image);
  checkNumber(t, "t");
  checkOneOf(type, THRESHOLD_TYPES, "options.type");
  checkNumber(maxValue, "options.maxValue");
  const src = image.data;
  const n = src.length;
  const data = outputBuffer(out, n);
  const tf = t;
  switch (type) {
    case "binary":
      for (let i = 0; i < n; i++) data[i] = src[i]! > tf ? maxValue : 0;
      break;
    case "binaryInv":
      for (let i = 0; i < n; i++) data[i] = src[i]! > tf ? 0 : maxValue;
      break;
    case "truncate":
      for (let i = 0; i < n; i++) {
        const v = src[i]!;
        data[i] = v > tf ? tf : v;
      }
      break;
    case "toZero":
      for (let i = 0; i < n; i++) {
        const v = src[i]!;
        data[i] = v > tf ? v : 0;
      }
      break;
    case "toZeroInv":
      for (let i = 0; i < n; i++) {
        const v = src[i]!;
        data[i] = v > tf ? 0 : v;
      }
      break;
    default:
      assertUnreachable(type, "options.type");
  }
  return { width: image.width, height: image.height, channels: image.channels, data };
}
