import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { HUE_SECTORS } from "./hueSectors";

/**
 * HSL → RGB, the inverse of {@link rgbToHsl}. Input channels H (degrees, wrapped into [0, 360)),
 * S, L — note OpenCV's `COLOR_HLS2RGB` expects H, L, S; the formulas are OpenCV's.
 * @example const rgb = hslToRgb(hsl);
 * @see A. R. Smith, "Color gamut transform pairs", SIGGRAPH 1978.
 */
export function hslToRgb(image: Image): Image {
  checkImage(image, { channels: 3 }, "image");
  const { width, height, data: src } = image;
  const n = src.length;
  const data = new Float32Array(n);
  const tab = new Float64Array(4);
  for (let i = 0; i < n; i += 3) {
    let h = src[i]!;
    const s = src[i + 1]!;
    const l = src[i + 2]!;
    if (s === 0) {
      data[i] = l;
      data[i + 1] = l;
      data[i + 2] = l;
      continue;
    }
    const p2 = l <= 0.5 ? l * (1 + s) : l + s - l * s;
    const p1 = 2 * l - p2;
    h = (h / 60) % 6;
    if (h < 0) h += 6;
    let sector = Math.floor(h);
    h -= sector;
    if (!(sector >= 0 && sector < 6)) {
      sector = 0;
      h = 0;
    }
    tab[0] = p2;
    tab[1] = p1;
    tab[2] = p1 + (p2 - p1) * (1 - h);
    tab[3] = p1 + (p2 - p1) * h;
    const sec = HUE_SECTORS[sector]!;
    data[i] = tab[sec[2]]!;
    data[i + 1] = tab[sec[1]]!;
    data[i + 2] = tab[sec[0]]!;
  }
  return { width, height, channels: 3, data };
}
