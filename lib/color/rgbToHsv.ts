import type { Image } from "../core/image";
import { checkImage, outputBuffer } from "../core/validate";
import { FLT_EPSILON } from "./hueSectors";

/** Options of {@link rgbToHsv}. */
export interface RgbToHsvOptions {
  /** Buffer for the result (width·height·3 floats), reused across calls. @default a new buffer */
  out?: Float32Array;
}

/**
 * RGB → HSV with OpenCV's float convention: H in degrees [0, 360), S and V in [0, 1] for inputs
 * in [0, 1]. `V = max(R,G,B)`, `S = (V − min)/V`, H from the sector of the largest channel.
 * Like OpenCV, divisions add FLT_EPSILON to the denominator, so grey pixels (max = min) get
 * H = 0, S = 0 and black gets S = 0 — never NaN. Matches `cv.cvtColor(…, COLOR_RGB2HSV)` on
 * CV_32F to float rounding. Channels of the result: H, S, V.
 * @example const hsv = rgbToHsv(img); // hsv.data[0] is the hue of pixel (0,0) in degrees
 * @see A. R. Smith, "Color gamut transform pairs", SIGGRAPH 1978.
 */
export function rgbToHsv(image: Image, options: RgbToHsvOptions = {}): Image {
  const { out } = options;
  checkImage(image, { channels: 3 }, "image");
  const { width, height, data: src } = image;
  const n = src.length;
  const data = outputBuffer(out, n);
  for (let i = 0; i < n; i += 3) {
    const r = src[i]!;
    const g = src[i + 1]!;
    const b = src[i + 2]!;
    let v = r;
    let vmin = r;
    if (v < g) v = g;
    if (v < b) v = b;
    if (vmin > g) vmin = g;
    if (vmin > b) vmin = b;
    const diff = v - vmin;
    const s = diff / (Math.abs(v) + FLT_EPSILON);
    const k = 60 / (diff + FLT_EPSILON);
    let h = v === r ? (g - b) * k : v === g ? (b - r) * k + 120 : (r - g) * k + 240;
    if (h < 0) h += 360;
    data[i] = h;
    data[i + 1] = s;
    data[i + 2] = v;
  }
  return { width, height, channels: 3, data };
}
