import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { reflect101 } from "./_border";

/**
 * Blur with the 5×5 binomial kernel [1 4 6 4 1]ᵀ[1 4 6 4 1]/256 (BORDER_REFLECT_101) and keep
 * every second row and column: one Gaussian-pyramid step, exactly `cv.pyrDown`. The output is
 * ⌈w/2⌉ × ⌈h/2⌉ (OpenCV's default size). Any channel count. Separable, O(w·h), one scratch row set.
 * @example const half = pyrDown(img);
 * @see P. Burt & E. Adelson, "The Laplacian Pyramid as a Compact Image Code", IEEE Trans. Comm. 1983; Szeliski (2nd ed.) §3.5.3.
 */
export function pyrDown(image: Image): Image {
  checkImage(image, {}, "image");
  const { width: sw, height: sh, channels: cn, data: src } = image;
  const dw = (sw + 1) >> 1;
  const dh = (sh + 1) >> 1;
  const rowLen = dw * cn;
  // Column taps (reflect101) per output column: 5 source offsets.
  const tap = new Int32Array(dw * 5);
  for (let x = 0; x < dw; x++) for (let k = 0; k < 5; k++) tap[x * 5 + k] = reflect101(2 * x - 2 + k, sw) * cn;
  // Horizontal results for the 5 source rows of the current output row, cached by source row.
  const cache = Array.from({ length: 5 }, () => new Float32Array(rowLen));
  const cacheRow = new Int32Array(5).fill(-1);
  const hrow = (sy: number): Float32Array => {
    const slot = sy % 5;
    const buf = cache[slot]!;
    if (cacheRow[slot] === sy) return buf;
    cacheRow[slot] = sy;
    const base = sy * sw * cn;
    if (cn === 1) {
      for (let x = 0; x < dw; x++) {
        const t = x * 5;
        buf[x] = src[base + tap[t]!]! + src[base + tap[t + 4]!]! + 4 * (src[base + tap[t + 1]!]! + src[base + tap[t + 3]!]!) + 6 * src[base + tap[t + 2]!]!;
      }
    } else {
      for (let x = 0; x < dw; x++) {
        const t = x * 5;
        for (let c = 0; c < cn; c++) {
          const b = base + c;
          buf[x * cn + c] = src[b + tap[t]!]! + src[b + tap[t + 4]!]! + 4 * (src[b + tap[t + 1]!]! + src[b + tap[t + 3]!]!) + 6 * src[b + tap[t + 2]!]!;
        }
      }
    }
    return buf;
  };
  const out = new Float32Array(dw * dh * cn);
  const k = 1 / 256;
  for (let y = 0; y < dh; y++) {
    const r0 = hrow(reflect101(2 * y - 2, sh));
    const r1 = hrow(reflect101(2 * y - 1, sh));
    const r2 = hrow(reflect101(2 * y, sh));
    const r3 = hrow(reflect101(2 * y + 1, sh));
    const r4 = hrow(reflect101(2 * y + 2, sh));
    const o = y * rowLen;
    for (let i = 0; i < rowLen; i++) out[o + i] = (r0[i]! + r4[i]! + 4 * (r1[i]! + r3[i]!) + 6 * r2[i]!) * k;
  }
  return { width: dw, height: dh, channels: cn, data: out };
}
