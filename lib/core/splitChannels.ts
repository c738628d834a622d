import type { Image } from "./image";
import { checkImage } from "./validate";

/**
 * One single-channel image per channel, in order (R, G, B[, A] for colour images). Like `cv.split`.
 * @example const [r, g, b] = splitChannels(img);
 * @see Gonzalez & Woods, Digital Image Processing (4th ed.), §6.2.
 */
export function splitChannels(image: Image): Image[] {
  checkImage(image);
  const { width, height, channels: c, data: src } = image;
  const n = width * height;
  const planes: Image[] = [];
  for (let k = 0; k < c; k++) {
    const data = new Float32Array(n);
    for (let i = 0, s = k; i < n; i++, s += c) data[i] = src[s]!;
    planes.push({ width, height, channels: 1, data });
  }
  return planes;
}
