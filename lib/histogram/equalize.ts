import type { Image } from "../core/image";
import { checkImage, outputBuffer } from "../core/validate";
import { quantize8 } from "./quantize8";

/** Round half to even, like OpenCV's cvRound (lrint) on a float. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Options of {@link equalize}. */
export interface EqualizeOptions {
  /** Buffer of `width·height` floats to write the result into (reused across calls). @default a new buffer */
  out?: Float32Array;
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
export function equalize(image: Image, options: EqualizeOptions = {}): Image {
  const { out } = options;
  checkImage(image, { channels: 1 }, "image");
  const { width, height, data: src } = image;
  const n = src.length;
  const data = outputBuffer(out, n);
  const hist = new Int32Array(256);
  quantize8(src, hist, undefined);
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
  // second pass re-quantises: cheaper than writing and re-reading a level buffer
  for (let i = 0; i < n; i++) {
    const x = src[i]! * 255 + 0.5;
    data[i] = lut[x >= 255 ? 255 : x > 0 ? x | 0 : 0]!;
  }
  return { width, height, channels: 1, data };
}
