import type { Image } from "./image";
import { checkImage, checkNumber } from "./validate";

/**
 * Contrast then brightness, an affine map per value: `out = clip(alpha · v + beta, 0, 1)`.
 * `alpha` > 1 raises contrast, `beta` > 0 brightens (in [0,1] units: 0.1 ≈ 25 grey levels).
 * OpenCV's `convertScaleAbs`/`convertTo(alpha, beta)` compute the same map on 8-bit data with
 * `beta` in 0–255 units and rounding; we keep floats (no rounding) and clip to [0, 1].
 * @example const brighter = adjustBrightnessContrast(img, 1.2, 0.1);
 * @see Szeliski, Computer Vision (2nd ed.), §3.1 (point operators).
 */
export function adjustBrightnessContrast(image: Image, alpha: number, beta: number): Image {
  checkImage(image);
  checkNumber(alpha, "alpha");
  checkNumber(beta, "beta");
  const src = image.data;
  const n = src.length;
  const data = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const v = alpha * src[i]! + beta;
    data[i] = v < 0 ? 0 : v > 1 ? 1 : v;
  }
  return { width: image.width, height: image.height, channels: image.channels, data };
}
