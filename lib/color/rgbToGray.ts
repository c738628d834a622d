import type { Image } from "../core/image";
import { checkImage, outputBuffer } from "../core/validate";

/** BT.601 luma weights used by {@link rgbToGray} (and by OpenCV's `COLOR_RGB2GRAY`). */
export const LUMA_BT601 = { r: 0.299, g: 0.587, b: 0.114 } as const;

/** Options of {@link rgbToGray}. */
export interface RgbToGrayOptions {
  /** Buffer for the result (width·height floats), reused across calls. @default a new buffer */
  out?: Float32Array;
}

/**
 * Luminance (luma) of an RGB or RGBA image: `Y = 0.299·R + 0.587·G + 0.114·B` (ITU-R BT.601),
 * alpha ignored; 1 channel, same range as the input. Same as `cv.cvtColor(…, COLOR_RGB2GRAY)`
 * (and `COLOR_RGBA2GRAY`) on CV_32F Mats, up to float rounding (we sum in double).
 * @example const grey = rgbToGray(raccoon);
 * @see ITU-R Recommendation BT.601; Gonzalez & Woods, Digital Image Processing (4th ed.), §6.2.
 */
export function rgbToGray(image: Image, options: RgbToGrayOptions = {}): Image {
  const { out } = options;
  checkImage(image, { channels: [3, 4] }, "image");
  const { width, height, channels: c, data: src } = image;
  const n = width * height;
  const data = outputBuffer(out, n);
  const wr = LUMA_BT601.r;
  const wg = LUMA_BT601.g;
  const wb = LUMA_BT601.b;
  for (let i = 0, s = 0; i < n; i++, s += c) data[i] = wr * src[s]! + wg * src[s + 1]! + wb * src[s + 2]!;
  return { width, height, channels: 1, data };
}
