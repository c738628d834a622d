import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { quantize8 } from "./quantize8";

/** Round half to even, like OpenCV's cvRound (lrint) on a float. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Histogram equalisation with 8-bit semantics identical to `cv.equalizeHist`: values are
 * quantised to levels `q = round(v·255)`, the histogram's first non-empty level `m` is found, and
 * `lut[q] = round((cdf(q) − cdf(m)) · 255/(N − cdf(m)))` (float32 arithmetic, round half to
 * even, as OpenCV); output `lut[q]/255`. A uniform image (one level only) maps to that level, as
 * OpenCV does. One channel only — equalise the L of Lab or the V of HSV for colour.
 * @example const flat = equalize(grey);
 * @see Gonzalez & Woods, Digital Image Processing (4th ed.), §3.3.1.
 */
export function equalize(image: Image): Image {
  checkImage(image, { channels: 1 }, "image");
  const { width, height, data: src } = image;
  const n = src.length;
  const hist = new Int32Array(256);
  const levels = new Uint8Array(n);
  quantize8(src, hist, levels);
  const lut = new Float32Array(256);
  let first = 0;
  while (hist[first] === 0) first++;
  if (hist[first] === n) {
    lut[first] = first / 255;
  } else {
    const scale = Math.fround(255 / Math.fround(n - hist[first]!));
    let sum = 0;
    for (let i = first + 1; i < 256; i++) {
      sum += hist[i]!;
      lut[i] = roundHalfEven(Math.fround(Math.fround(sum) * scale)) / 255;
    }
  }
  const data = new Float32Array(n);
  for (let i = 0; i < n; i++) data[i] = lut[levels[i]!]!;
  return { width, height, channels: 1, data };
}
