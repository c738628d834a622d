import type { Image } from "../core/image";
import { structureTensor, type StructureTensorOptions } from "./harrisResponse";

/** Options of {@link shiTomasi}. */
export type ShiTomasiOptions = StructureTensorOptions;

/**
 * Shi–Tomasi "good features" response: the smaller eigenvalue of the structure tensor,
 * λ_min = (a + c)/2 − √(((a − c)/2)² + b²), with the same window and derivative conventions
 * as {@link harrisResponse}; with the box window it equals `cv.cornerMinEigenVal`.
 * @example const lam = shiTomasi(img, { blockSize: 3 });
 * @see J. Shi & C. Tomasi, "Good Features to Track", CVPR 1994.
 */
export function shiTomasi(image: Image, options: ShiTomasiOptions = {}): Image {
  const { a, b, c } = structureTensor(image, options);
  const out = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const p = a[i]! * 0.5;
    const q = c[i]! * 0.5;
    out[i] = p + q - Math.sqrt((p - q) * (p - q) + b[i]! * b[i]!);
  }
  return { width: image.width, height: image.height, channels: 1, data: out };
}
