import type { Image } from "../core/image";
import { ArgumentRangeError } from "../core/errors";
import { checkImage, checkInteger } from "../core/validate";
import { reflect101 } from "./_border";

/** Options of {@link pyrUp}. */
export interface PyrUpOptions {
  /** Output width: 2w or 2w − 1 (the latter to undo {@link pyrDown} of an odd width). @default 2 × width */
  width?: number;
  /** Output height: 2h or 2h − 1. @default 2 × height */
  height?: number;
}

/**
 * Upsample ×2 and smooth, exactly `cv.pyrUp`: insert zeros between samples, convolve with
 * [1 4 6 4 1]ᵀ[1 4 6 4 1]/64 (the pyrDown kernel × 4, so the mean is kept) with
 * BORDER_REFLECT_101 on the doubled grid. An odd output size (2w − 1) is the 2w result cropped,
 * as OpenCV does. Any channel count.
 * @example const up = pyrUp(pyrDown(img), { width: img.width, height: img.height });
 * @see P. Burt & E. Adelson, IEEE Trans. Comm. 1983 (EXPAND); Szeliski (2nd ed.) §3.5.3.
 */
export function pyrUp(image: Image, options: PyrUpOptions = {}): Image {
  const { width = 2 * (image?.width ?? 0), height = 2 * (image?.height ?? 0) } = options;
  checkImage(image, {}, "image");
  const { width: sw, height: sh, channels: cn, data: src } = image;
  checkInteger(width, "options.width");
  checkInteger(height, "options.height");
  if (width !== 2 * sw && width !== 2 * sw - 1) throw new ArgumentRangeError("options.width", `expected ${2 * sw} or ${2 * sw - 1} for a ${sw}-wide image, got ${width}`);
  if (height !== 2 * sh && height !== 2 * sh - 1) throw new ArgumentRangeError("options.height", `expected ${2 * sh} or ${2 * sh - 1} for a ${sh}-high image, got ${height}`);
  const fw = 2 * sw;
  const rowLen = fw * cn;
  // For output column X: even X = 2x → up[X−2] + 6 up[X] + up[X+2]; odd → 4 (up[X−1] + up[X+1]);
  // up[k] (k even after reflect101 on 2w) = src[k/2].
  const tL = new Int32Array(fw);
  const tC = new Int32Array(fw);
  const tR = new Int32Array(fw);
  for (let X = 0; X < fw; X++) {
    if ((X & 1) === 0) {
      tL[X] = (reflect101(X - 2, fw) >> 1) * cn;
      tC[X] = (X >> 1) * cn;
      tR[X] = (reflect101(X + 2, fw) >> 1) * cn;
    } else {
      tL[X] = (reflect101(X - 1, fw) >> 1) * cn;
      tR[X] = (reflect101(X + 1, fw) >> 1) * cn;
    }
  }
  const rows = Array.from({ length: 3 }, () => new Float32Array(rowLen));
  const rowOf = new Int32Array(3).fill(-1);
  const hrow = (sy: number): Float32Array => {
    const slot = sy % 3;
    const buf = rows[slot]!;
    if (rowOf[slot] === sy) return buf;
    rowOf[slot] = sy;
    const base = sy * sw * cn;
    for (let X = 0; X < fw; X++) {
      const o = X * cn;
      if ((X & 1) === 0) {
        for (let c = 0; c < cn; c++) buf[o + c] = src[base + tL[X]! + c]! + 6 * src[base + tC[X]! + c]! + src[base + tR[X]! + c]!;
      } else {
        for (let c = 0; c < cn; c++) buf[o + c] = 4 * (src[base + tL[X]! + c]! + src[base + tR[X]! + c]!);
      }
    }
    return buf;
  };
  const out = new Float32Array(width * height * cn);
  const k = 1 / 64;
  const fh = 2 * sh;
  const outRow = width * cn;
  for (let Y = 0; Y < height; Y++) {
    const o = Y * outRow;
    if ((Y & 1) === 0) {
      const a = hrow(reflect101(Y - 2, fh) >> 1);
      const b = hrow(Y >> 1);
      const c = hrow(reflect101(Y + 2, fh) >> 1);
      for (let i = 0; i < outRow; i++) out[o + i] = (a[i]! + 6 * b[i]! + c[i]!) * k;
    } else {
      const a = hrow(reflect101(Y - 1, fh) >> 1);
      const b = hrow(reflect101(Y + 1, fh) >> 1);
      for (let i = 0; i < outRow; i++) out[o + i] = 4 * (a[i]! + b[i]!) * k;
    }
  }
  return { width, height, channels: cn, data: out };
}
