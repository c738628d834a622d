import type { Image } from "./image";
import { checkImage } from "./validate";

/**
 * RGBA → RGB by discarding the alpha channel (no compositing). Like `cv.cvtColor(…, COLOR_RGBA2RGB)`.
 * @example const rgb = dropAlpha(rgba);
 * @see Porter & Duff, "Compositing Digital Images", 1984 (for what alpha means).
 */
export function dropAlpha(image: Image): Image {
  checkImage(image, { channels: 4 }, "image");
  const { width, height, data: src } = image;
  const n = width * height;
  const data = new Float32Array(n * 3);
  for (let i = 0, s = 0, d = 0; i < n; i++, s += 4, d += 3) {
    data[d] = src[s]!;
    data[d + 1] = src[s + 1]!;
    data[d + 2] = src[s + 2]!;
  }
  return { width, height, channels: 3, data };
}
