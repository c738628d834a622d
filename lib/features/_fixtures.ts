/** Small synthetic images for this module's tests and examples. Not exported by index. */
import { createImage } from "../core/create";
import type { Image } from "../core/image";

/** An n×n black image with a white square covering [a, b)². */
export function square(n = 20, a = 6, b = 14): Image {
  const img = createImage(n, n, 1, 0);
  for (let y = a; y < b; y++) for (let x = a; x < b; x++) img.data[y * n + x] = 1;
  return img;
}
