import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { quantize8 } from "./quantize8";

/**
 * 8-bit histogram per channel: 256 counts of the levels `round(v·255)` (clamped to 0–255, the
 * `core.toUint8` convention). Equals `cv.calcHist` with 256 bins over [0, 256) on the CV_8U
 * version of the image.
 * @example const [counts] = histogram8(grey); // counts[255] = number of white pixels
 * @see Gonzalez & Woods, Digital Image Processing (4th ed.), §3.3.
 */
export function histogram8(image: Image): Float64Array[] {
  checkImage(image);
  const out: Float64Array[] = [];
  for (let k = 0; k < image.channels; k++) {
    const h = new Int32Array(256);
    quantize8(image.data, h, undefined, k, image.channels);
    out.push(Float64Array.from(h));
  }
  return out;
}
