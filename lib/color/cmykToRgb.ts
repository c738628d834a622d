import type { Image } from "../core/image";
import { checkImage } from "../core/validate";

/**
 * CMYK (4 channels in [0, 1]) → RGB: `R = (1 − C)(1 − K)` and likewise G, B; the inverse of
 * {@link rgbToCmyk}.
 * @example const rgb = cmykToRgb(cmyk);
 * @see Gonzalez & Woods, Digital Image Processing (4th ed.), §6.2.
 */
export function cmykToRgb(image: Image): Image {
  checkImage(image, { channels: 4 }, "image");
  const { width, height, data: src } = image;
  const n = width * height;
  const data = new Float32Array(n * 3);
  for (let p = 0, s = 0, d = 0; p < n; p++, s += 4, d += 3) {
    const w = 1 - src[s + 3]!;
    data[d] = (1 - src[s]!) * w;
    data[d + 1] = (1 - src[s + 1]!) * w;
    data[d + 2] = (1 - src[s + 2]!) * w;
  }
  return { width, height, channels: 3, data };
}
