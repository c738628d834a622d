import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { HUE_SECTORS } from "./hueSectors";

/**
 * HSV → RGB, the inverse of {@link rgbToHsv} (OpenCV float convention: H in degrees, wrapped into
 * [0, 360); S, V in [0, 1]). Same formulas as `cv.cvtColor(…, COLOR_HSV2RGB)` on CV_32F.
 * @example const rgb = hsvToRgb(hsv);
 * @see A. R. Smith, "Color gamut transform pairs", SIGGRAPH 1978.
 */
export function hsvToRgb(image: Image): Image {
  checkImage(image, { channels: 3 }, "image");
  const { width, height, data: src } = image;
  const n = src.length;
  const data = new Float32Array(n);
  const tab = new Float64Array(4);
  for (let i = 0; i < n; i += 3) {
    let h = src[i]!;
    const s = src[i + 1]!;
    const v = src[i + 2]!;
    if (s === 0) {
      data[i] = v;
      data[i + 1] = v;
      data[i + 2] = v;
      continue;
    }
    h = (h / 60) % 6;
    if (h < 0) h += 6;
    let sector = Math.floor(h);
    h -= sector;
    if (!(sector >= 0 && sector < 6)) {
      sector = 0;
      h = 0;
    }
    tab[0] = v;
    tab[1] = v * (1 - s);
    tab[2] = v * (1 - s * h);
    tab[3] = v * (1 - s * (1 - h));
    const sec = HUE_SECTORS[sector]!;
    data[i] = tab[sec[2]]!;
    data[i + 1] = tab[sec[1]]!;
    data[i + 2] = tab[sec[0]]!;
  }
  return { width, height, channels: 3, data };
}
