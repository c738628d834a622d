import type { Image } from "../core/image";
import { checkImage } from "../core/validate";

/**
 * RGB in [0, 1] → CMYK (4 channels C, M, Y, K in [0, 1]), the naive subtractive model without
 * ink profiles: `K = 1 − max(R,G,B)`, `C = (1 − R − K)/(1 − K)` (likewise M, Y); black gives
 * C = M = Y = 0, K = 1. OpenCV has no CMYK conversion.
 * @example const cmyk = rgbToCmyk(img); // cmyk.channels === 4
 * @see Gonzalez & Woods, Digital Image Processing (4th ed.), §6.2 (the CMY and CMYK models).
 */
export function rgbToCmyk(image: Image): Image {
  checkImage(image, { channels: 3 }, "image");
  const { width, height, data: src } = image;
  const n = width * height;
  const data = new Float32Array(n * 4);
  for (let p = 0, s = 0, d = 0; p < n; p++, s += 3, d += 4) {
    const r = src[s]!;
    const g = src[s + 1]!;
    const b = src[s + 2]!;
    let m = r > g ? r : g;
    if (b > m) m = b;
    const k = 1 - m;
    if (m > 0) {
      data[d] = (m - r) / m;
      data[d + 1] = (m - g) / m;
      data[d + 2] = (m - b) / m;
    }
    data[d + 3] = k;
  }
  return { width, height, channels: 4, data };
}
