/**
 * Private sampling kernels shared by warpAffine and warpPerspective. They reproduce OpenCV's
 * remap: bilinear coordinates in fixed point with 5 fractional bits (INTER_BITS = 5, 1/32 pixel),
 * weights (1−a)(1−b)…, and its border rules. Inputs are trusted (validated by the callers).
 */
import { borderIndex } from "../filters/border";
import type { WarpBorder } from "./types";

/**
 * Sample one output row. `xs`/`ys` hold source coordinates: in 1/32 pixel for bilinear
 * (`fixed = true`), whole pixels for nearest. Writes `count` pixels at `out[outOffset…]`.
 */
export function sampleRow(
  src: Float32Array,
  sw: number,
  sh: number,
  cn: number,
  out: Float32Array,
  outOffset: number,
  xs: Int32Array,
  ys: Int32Array,
  count: number,
  bilinear: boolean,
  border: WarpBorder,
  cval: number,
): void {
  const w1 = sw - 1;
  const h1 = sh - 1;
  const rowStride = sw * cn;
  const constant = border === "constant";
  if (!bilinear) {
    for (let i = 0; i < count; i++) {
      const sx = xs[i]!;
      const sy = ys[i]!;
      const o = outOffset + i * cn;
      if (sx >= 0 && sx < sw && sy >= 0 && sy < sh) {
        const s = sy * rowStride + sx * cn;
        for (let c = 0; c < cn; c++) out[o + c] = src[s + c]!;
      } else if (constant) {
        for (let c = 0; c < cn; c++) out[o + c] = cval;
      } else {
        const s = borderIndex(sy, sh, border) * rowStride + borderIndex(sx, sw, border) * cn;
        for (let c = 0; c < cn; c++) out[o + c] = src[s + c]!;
      }
    }
    return;
  }
  const inv = 1 / 32;
  for (let i = 0; i < count; i++) {
    const X = xs[i]!;
    const Y = ys[i]!;
    const sx = X >> 5;
    const sy = Y >> 5;
    const ax = (X & 31) * inv;
    const ay = (Y & 31) * inv;
    const w00 = (1 - ax) * (1 - ay);
    const w01 = ax * (1 - ay);
    const w10 = (1 - ax) * ay;
    const w11 = ax * ay;
    const o = outOffset + i * cn;
    if (sx >= 0 && sx < w1 && sy >= 0 && sy < h1) {
      const s = sy * rowStride + sx * cn;
      if (cn === 1) {
        out[o] = src[s]! * w00 + src[s + 1]! * w01 + src[s + sw]! * w10 + src[s + sw + 1]! * w11;
      } else {
        for (let c = 0; c < cn; c++) {
          const p = s + c;
          out[o + c] = src[p]! * w00 + src[p + cn]! * w01 + src[p + rowStride]! * w10 + src[p + rowStride + cn]! * w11;
        }
      }
    } else if (constant && (sx >= sw || sx + 1 < 0 || sy >= sh || sy + 1 < 0)) {
      for (let c = 0; c < cn; c++) out[o + c] = cval;
    } else {
      const x0 = borderIndex(sx, sw, border);
      const x1 = borderIndex(sx + 1, sw, border);
      const y0 = borderIndex(sy, sh, border);
      const y1 = borderIndex(sy + 1, sh, border);
      for (let c = 0; c < cn; c++) {
        const v00 = x0 >= 0 && y0 >= 0 ? src[y0 * rowStride + x0 * cn + c]! : cval;
        const v01 = x1 >= 0 && y0 >= 0 ? src[y0 * rowStride + x1 * cn + c]! : cval;
        const v10 = x0 >= 0 && y1 >= 0 ? src[y1 * rowStride + x0 * cn + c]! : cval;
        const v11 = x1 >= 0 && y1 >= 0 ? src[y1 * rowStride + x1 * cn + c]! : cval;
        out[o + c] = v00 * w00 + v01 * w01 + v10 * w10 + v11 * w11;
      }
    }
  }
}
