import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { YCRCB } from "./rgbToYCrCb";

/**
 * YCrCb → RGB, the exact algebraic inverse of {@link rgbToYCrCb}: `R = Y + (Cr − 0.5)/0.713`,
 * `B = Y + (Cb − 0.5)/0.564`, `G = (Y − 0.299R − 0.114B)/0.587`. OpenCV's `COLOR_YCrCb2RGB`
 * uses rounded coefficients (1.403, −0.714, −0.344, 1.773) that are not quite the inverse of its
 * forward transform, so its results differ from ours by up to ~1e-3; ours round-trip to 1e-6.
 * @example const rgb = yCrCbToRgb(ycc);
 * @see ITU-R BT.601.
 */
export function yCrCbToRgb(image: Image): Image {
  checkImage(image, { channels: 3 }, "image");
  const { width, height, data: src } = image;
  const n = src.length;
  const data = new Float32Array(n);
  const { wr, wg, wb, cr, cb, delta } = YCRCB;
  const kr = 1 / cr;
  const kb = 1 / cb;
  const kg = 1 / wg;
  for (let i = 0; i < n; i += 3) {
    const y = src[i]!;
    const r = y + (src[i + 1]! - delta) * kr;
    const b = y + (src[i + 2]! - delta) * kb;
    data[i] = r;
    data[i + 1] = (y - wr * r - wb * b) * kg;
    data[i + 2] = b;
  }
  return { width, height, channels: 3, data };
}
