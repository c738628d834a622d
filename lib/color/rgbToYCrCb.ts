import type { Image } from "../core/image";
import { checkImage } from "../core/validate";

/** OpenCV's YCrCb coefficients: BT.601 luma weights, Cr and Cb scale factors, float offset. */
export const YCRCB = { wr: 0.299, wg: 0.587, wb: 0.114, cr: 0.713, cb: 0.564, delta: 0.5 } as const;

/**
 * RGB → YCrCb with OpenCV's float convention: `Y = 0.299R + 0.587G + 0.114B`,
 * `Cr = (R − Y)·0.713 + 0.5`, `Cb = (B − Y)·0.564 + 0.5` (delta 0.5 for float data). Channels
 * Y, Cr, Cb (that order, as OpenCV). Same as `cv.cvtColor(…, COLOR_RGB2YCrCb)` on CV_32F.
 * @example const [y, cr, cb] = core.splitChannels(rgbToYCrCb(img));
 * @see ITU-R BT.601; Gonzalez & Woods, Digital Image Processing (4th ed.), §6.2.
 */
export function rgbToYCrCb(image: Image): Image {
  checkImage(image, { channels: 3 }, "image");
  const { width, height, data: src } = image;
  const n = src.length;
  const data = new Float32Array(n);
  const { wr, wg, wb, cr, cb, delta } = YCRCB;
  for (let i = 0; i < n; i += 3) {
    const r = src[i]!;
    const b = src[i + 2]!;
    const y = wr * r + wg * src[i + 1]! + wb * b;
    data[i] = y;
    data[i + 1] = (r - y) * cr + delta;
    data[i + 2] = (b - y) * cb + delta;
  }
  return { width, height, channels: 3, data };
}
