import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { checkHaarLevels, haarStep } from "./haar2d";

/**
 * Inverse of {@link haar2d} with the same `levels`: rebuilds the image from the Mallat layout.
 * Exact up to float rounding (≈1e-7 per level).
 * @example const back = ihaar2d(haar2d(img, 3), 3);
 * @see S. Mallat, IEEE PAMI 11(7), 1989.
 */
export function ihaar2d(coefficients: Image, levels = 1): Image {
  checkImage(coefficients, {}, "coefficients");
  checkHaarLevels(coefficients, levels);
  const { width: W, height: H, channels: cn } = coefficients;
  const d = coefficients.data.slice();
  const tmp = new Float64Array(Math.max(W, H));
  for (let l = levels - 1; l >= 0; l--) {
    const w = W >> l;
    const h = H >> l;
    haarStep(d, W, cn, w, h, 1, true, tmp);
    haarStep(d, W, cn, w, h, 0, true, tmp);
  }
  return { width: W, height: H, channels: cn, data: d };
}
