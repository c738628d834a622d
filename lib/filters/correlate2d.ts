import type { Image } from "../core/image";
import { checkImage, checkNumber, checkOneOf } from "../core/validate";
import { BORDER_MODES, type BorderMode } from "./border";
import { checkKernel, type CheckedKernel, type Kernel } from "./kernel";
import { padRaw } from "./padImage";

/** Options of {@link correlate2d}. */
export interface Correlate2dOptions {
  /** How pixels outside the image are read. @default "reflect101" (OpenCV's BORDER_DEFAULT) */
  border?: BorderMode;
  /** Value outside the image when `border` is `"constant"`. @default 0 */
  borderValue?: number;
}

/**
 * Cross-correlation with a 2-D kernel (no flip), each channel independently:
 * `out(x, y) = Σ_{i,j} k(i, j) · f(x + i − ⌊kw/2⌋, y + j − ⌊kh/2⌋)`. This is what `cv.filter2D`
 * computes (its "filter" is a correlation). Kernel sizes must be odd (the anchor is the centre).
 * Values are not clipped.
 * @example const edges = correlate2d(img, kernelFromRows([[-1, 0, 1]]));
 * @see Szeliski, Computer Vision (2nd ed.) §3.2 eq. (3.12); OpenCV `cv::filter2D`.
 */
export function correlate2d(image: Image, kernel: Kernel | Image, options: Correlate2dOptions = {}): Image {
  const { border = "reflect101", borderValue = 0 } = options;
  checkImage(image, {}, "image");
  const k = checkKernel(kernel, "kernel", true);
  checkOneOf(border, BORDER_MODES, "options.border");
  checkNumber(borderValue, "options.borderValue");
  return correlateRaw(image, k, border, borderValue);
}

/** Internal: correlation without validation (odd kernel). */
export function correlateRaw(image: Image, kernel: CheckedKernel, border: BorderMode, borderValue: number): Image {
  const { width, height, channels: c } = image;
  const { width: kw, height: kh, data: kd } = kernel;
  const rx = kw >> 1;
  const ry = kh >> 1;
  const padded = padRaw(image, ry, ry, rx, rx, border, borderValue);
  const src = padded.data;
  const pStride = padded.width * c;
  const rowLen = width * c;
  const out = new Float32Array(width * height * c);
  const acc = new Float64Array(rowLen);
  // Non-zero taps only, as (weight, offset from the top-left of the window).
  const weights: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < kh; i++) {
    for (let j = 0; j < kw; j++) {
      const w = kd[i * kw + j]!;
      if (w !== 0) {
        weights.push(w);
        offsets.push(i * pStride + j * c);
      }
    }
  }
  const nTaps = weights.length;
  for (let y = 0; y < height; y++) {
    acc.fill(0);
    const base = y * pStride;
    for (let t = 0; t < nTaps; t++) {
      const w = weights[t]!;
      const o = base + offsets[t]!;
      for (let x = 0; x < rowLen; x++) acc[x] += w * src[o + x]!;
    }
    const d = y * rowLen;
    for (let x = 0; x < rowLen; x++) out[d + x] = acc[x]!;
  }
  return { width, height, channels: c, data: out };
}
