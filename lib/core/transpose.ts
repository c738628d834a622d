import type { Image } from "./image";
import { checkImage } from "./validate";

/**
 * Swap rows and columns: `out(x, y) = image(y, x)`; a W×H image becomes H×W. Channels of a
 * pixel stay together. Same as `cv.transpose`.
 * @example const t = transpose(img); // t.width === img.height
 * @see Szeliski, Computer Vision (2nd ed.), §3.6.
 */
export function transpose(image: Image): Image {
  checkImage(image);
  const { width, height, channels: c, data: src } = image;
  const data = new Float32Array(src.length);
  if (c === 1) {
    for (let y = 0; y < height; y++) {
      const row = y * width;
      for (let x = 0; x < width; x++) data[x * height + y] = src[row + x]!;
    }
  } else {
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const s = (y * width + x) * c;
        const d = (x * height + y) * c;
        for (let k = 0; k < c; k++) data[d + k] = src[s + k]!;
      }
    }
  }
  return { width: height, height: width, channels: c, data };
}
