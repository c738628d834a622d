import type { Image } from "../core/image";
import { checkImage, checkNumber, checkOneOf } from "../core/validate";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { BORDER_MODES, borderIndex, type BorderMode } from "./border";
import { checkOddSize, type WindowSize } from "./internal/size";

/** Options of {@link boxBlur}. */
export interface BoxBlurOptions {
  /** Window size in pixels, odd: a number (square) or `{width, height}`. @default 3 */
  size?: WindowSize;
  /** Divide by the window area (mean filter); `false` gives window sums. @default true */
  normalize?: boolean;
  /** How pixels outside the image are read. @default "reflect101" (OpenCV's BORDER_DEFAULT) */
  border?: BorderMode;
  /** Value outside the image when `border` is `"constant"`. @default 0 */
  borderValue?: number;
}

/**
 * Box (mean) filter: the average — or, with `normalize: false`, the sum — of each channel over a
 * `width × height` window centred on the pixel. Running sums along columns then rows make it O(1)
 * per pixel whatever the size. Equals `cv.blur` / `cv.boxFilter(src, dst, -1, size, anchor, normalize)`.
 * @example const mean5 = boxBlur(img, { size: 5 });
 * @see Szeliski, Computer Vision (2nd ed.) §3.2.2 "Summed area tables"; OpenCV `cv::boxFilter`.
 */
export function boxBlur(image: Image, options: BoxBlurOptions = {}): Image {
  const { size = 3, normalize = true, border = "reflect101", borderValue = 0 } = options;
  checkImage(image, {}, "image");
  const [kw, kh] = checkOddSize(size, "options.size");
  if (typeof normalize !== "boolean") throw new ArgumentTypeError("options.normalize", `expected a boolean, got ${describeValue(normalize)}`);
  checkOneOf(border, BORDER_MODES, "options.border");
  checkNumber(borderValue, "options.borderValue");
  return boxRaw(image, kw, kh, normalize ? 1 / (kw * kh) : 1, border, borderValue);
}

function addRow(acc: Float64Array, src: Float32Array, off: number, n: number, sign: number, value: number): void {
  if (off < 0) {
    const v = sign * value;
    if (v !== 0) for (let x = 0; x < n; x++) acc[x] += v;
  } else if (sign > 0) {
    for (let x = 0; x < n; x++) acc[x] += src[off + x]!;
  } else {
    for (let x = 0; x < n; x++) acc[x] -= src[off + x]!;
  }
}
function slideRow(acc: Float64Array, src: Float32Array, add: number, sub: number, n: number): void {
  for (let x = 0; x < n; x++) acc[x] += src[add + x]! - src[sub + x]!;
}
function horizontalSums(b: Float64Array, out: Float32Array, d: number, n: number, c: number, kw: number, scale: number): void {
  const span = kw * c;
  for (let ch = 0; ch < c; ch++) {
    let s = 0;
    for (let j = 0; j < kw; j++) s += b[ch + j * c]!;
    out[d + ch] = s * scale;
    for (let x = ch + c; x < n; x += c) {
      s += b[x - c + span]! - b[x - c]!;
      out[d + x] = s * scale;
    }
  }
}
function horizontalSums1(b: Float64Array, out: Float32Array, d: number, n: number, kw: number, scale: number): void {
  let s = 0;
  for (let j = 0; j < kw; j++) s += b[j]!;
  out[d] = s * scale;
  for (let x = 1; x < n; x++) {
    s += b[x - 1 + kw]! - b[x - 1]!;
    out[d + x] = s * scale;
  }
}

/** Internal: box filter without validation; `scale` multiplies the window sums. */
export function boxRaw(image: Image, kw: number, kh: number, scale: number, border: BorderMode, borderValue: number): Image {
  const { width, height, channels: c, data: src } = image;
  const rx = kw >> 1;
  const ry = kh >> 1;
  const rowLen = width * c;
  const pad = rx * c;
  const out = new Float32Array(src.length);
  const colSum = new Float64Array(rowLen + 2 * pad); // vertical window sums, padded for the horizontal pass
  const rowOff = (i: number): number => {
    const s = borderIndex(i, height, border);
    return s < 0 ? -1 : s * rowLen;
  };
  const marginSrc = new Int32Array(2 * rx);
  for (let j = 0; j < rx; j++) {
    marginSrc[j] = borderIndex(j - rx, width, border);
    marginSrc[rx + j] = borderIndex(width + j, width, border);
  }
  const mid = colSum.subarray(pad, pad + rowLen);
  for (let i = -ry; i <= ry; i++) addRow(mid, src, rowOff(i), rowLen, 1, borderValue);
  const constColumn = kh * borderValue;
  for (let y = 0; y < height; y++) {
    if (y > 0) {
      const add = rowOff(y + ry);
      const sub = rowOff(y - ry - 1);
      if (add >= 0 && sub >= 0) slideRow(mid, src, add, sub, rowLen);
      else {
        addRow(mid, src, add, rowLen, 1, borderValue);
        addRow(mid, src, sub, rowLen, -1, borderValue);
      }
    }
    for (let j = 0; j < rx; j++) {
      const l = marginSrc[j]!;
      const r = marginSrc[rx + j]!;
      for (let ch = 0; ch < c; ch++) {
        colSum[j * c + ch] = l < 0 ? constColumn : colSum[pad + l * c + ch]!;
        colSum[pad + rowLen + j * c + ch] = r < 0 ? constColumn : colSum[pad + r * c + ch]!;
      }
    }
    if (c === 1) horizontalSums1(colSum, out, y * rowLen, rowLen, kw, scale);
    else horizontalSums(colSum, out, y * rowLen, rowLen, c, kw, scale);
  }
  return { width, height, channels: c, data: out };
}
