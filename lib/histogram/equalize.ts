import type { Image } from "../core/image";
import { checkImage, outputBuffer } from "../core/validate";
import { LITTLE_ENDIAN, quantize8Packed } from "./quantize8";

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
  // pass 1: histogram, and the 8-bit levels parked in the first quarter of the output's bytes
  const levels = new Uint8Array(data.buffer, data.byteOffset, n);
  const packed = new Uint32Array(data.buffer, data.byteOffset, n >> 2);
  quantize8Packed(src, hist, levels, packed);
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
  // pass 2, backwards so that value i (bytes 4i…4i+3) is written after the levels it covers are read
  const lutBits = new Int32Array(lut.buffer);
  const bits = new Int32Array(data.buffer, data.byteOffset, n);
  const tail = LITTLE_ENDIAN ? packed.length << 2 : 0; // (big-endian: quantize8Packed wrote bytes only)
  for (let i = n - 1; i >= tail; i--) bits[i] = lutBits[levels[i]!]!;
  for (let j = (tail >> 2) - 1; j >= 0; j--) {
    const v = packed[j]!, i = j << 2;
    bits[i + 3] = lutBits[v >>> 24]!;
    bits[i + 2] = lutBits[(v >>> 16) & 255]!;
    bits[i + 1] = lutBits[(v >>> 8) & 255]!;
    bits[i] = lutBits[v & 255]!;
  }
  return { width, height, channels: 1, data };
}
