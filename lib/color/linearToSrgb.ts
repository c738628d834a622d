import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { srgbEncode } from "./srgbCurve";

/**
 * Apply the sRGB "gamma" to linear light: `v ≤ 0.0031308 ? 12.92·v : 1.055·v^(1/2.4) − 0.055`,
 * on every value (the inverse of {@link srgbToLinear}). Input in [0, 1]; clip first if needed
 * (negative values follow the linear segment, values > 1 the power law).
 * @example const display = linearToSrgb(lin);
 * @see IEC 61966-2-1:1999 (sRGB).
 */
export function linearToSrgb(image: Image): Image {
  checkImage(image);
  const src = image.data;
  const n = src.length;
  const data = new Float32Array(n);
  for (let i = 0; i < n; i++) data[i] = srgbEncode(src[i]!);
  return { width: image.width, height: image.height, channels: image.channels, data };
}
