import type { Image } from "../core/image";
import { checkImage } from "../core/validate";

/**
 * Grey → RGB by copying the value into R, G and B (what `cv.cvtColor(…, COLOR_GRAY2RGB)` does).
 * Not an inverse of {@link rgbToGray}: colour lost is not recovered.
 * @example const rgb = grayToRgb(grey); // draw coloured overlays on it
 * @see Gonzalez & Woods, Digital Image Processing (4th ed.), §6.2.
 */
export function grayToRgb(image: Image): Image {
  checkImage(image, { channels: 1 }, "image");
  const { width, height, data: src } = image;
  const n = width * height;
  const data = new Float32Array(n * 3);
  for (let i = 0, d = 0; i < n; i++, d += 3) {
    const v = src[i]!;
    data[d] = v;
    data[d + 1] = v;
    data[d + 2] = v;
  }
  return { width, height, channels: 3, data };
}
