import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { FLT_EPSILON } from "./hueSectors";

/**
 * RGB → HSL (hue, saturation, lightness) with OpenCV's float HLS formulas: H in degrees [0, 360),
 * `L = (max + min)/2`, `S = (max − min)/(max + min)` for L < 0.5 else `(max − min)/(2 − max − min)`;
 * pixels with max − min ≤ FLT_EPSILON are grey: H = S = 0.
 * **Channel order differs from OpenCV:** our HSL images store H, S, L; `cv.COLOR_RGB2HLS` stores
 * H, L, S. Reorder channels 1 and 2 to compare.
 * @example const hsl = rgbToHsl(img); // hsl.data[2] is the lightness of pixel (0,0)
 * @see A. R. Smith, "Color gamut transform pairs", SIGGRAPH 1978; Joblove & Greenberg, 1978.
 */
export function rgbToHsl(image: Image): Image {
  checkImage(image, { channels: 3 }, "image");
  const { width, height, data: src } = image;
  const n = src.length;
  const data = new Float32Array(n);
  for (let i = 0; i < n; i += 3) {
    const r = src[i]!;
    const g = src[i + 1]!;
    const b = src[i + 2]!;
    let vmax = r;
    let vmin = r;
    if (vmax < g) vmax = g;
    if (vmax < b) vmax = b;
    if (vmin > g) vmin = g;
    if (vmin > b) vmin = b;
    const diff = vmax - vmin;
    const l = (vmax + vmin) * 0.5;
    let h = 0;
    let s = 0;
    if (diff > FLT_EPSILON) {
      s = l < 0.5 ? diff / (vmax + vmin) : diff / (2 - vmax - vmin);
      const k = 60 / diff;
      h = vmax === r ? (g - b) * k : vmax === g ? (b - r) * k + 120 : (r - g) * k + 240;
      if (h < 0) h += 360;
    }
    data[i] = h;
    data[i + 1] = s;
    data[i + 2] = l;
  }
  return { width, height, channels: 3, data };
}
