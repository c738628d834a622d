import type { Image } from "../core/image";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkImage, checkInteger } from "../core/validate";
import { checkPadding, outputSize, resolvePadding, type Padding } from "./outputSize";

/** Options of {@link im2col}. */
export interface Im2colOptions {
  /** Step between windows, in pixels. @default 1 */
  stride?: number;
  /** Zeros on each side, or `"valid"` / `"same"` (TensorFlow's rule). @default 0 */
  padding?: Padding;
  /** Spacing between kernel taps. @default 1 */
  dilation?: number;
}

/** Result of {@link im2col}: a row-major matrix plus the output grid it unrolls. */
export interface Im2colResult {
  /** kh · kw · channels: one row per kernel tap and channel. */
  rows: number;
  /** outHeight · outWidth: one column per output pixel. */
  cols: number;
  /** `rows × cols` values, row-major: `data[r * cols + col]`. */
  data: Float32Array;
  /** Output grid width (columns are ordered `oy * outWidth + ox`). */
  outWidth: number;
  /** Output grid height. */
  outHeight: number;
}

/**
 * Unroll every (strided, padded, dilated) window of `image` into a column, so convolution becomes
 * one matrix product: `conv2dStrided(img, k) = kRow × im2col(img).data` reshaped to outHeight × outWidth,
 * where `kRow` is the kernel flattened row-major (per channel: HWC order).
 * Order: row `r = (i · kw + j) · channels + ch` holds tap (row i, column j) of channel ch — the
 * order of a TensorFlow filter `[kh, kw, inChannels, out]` flattened; column `oy · outWidth + ox`.
 * Out-of-image taps are 0 (zero padding).
 * @example const { data, rows, cols } = im2col(img, 3, { padding: 1 });
 * @see K. Chellapilla, S. Puri, P. Simard, "High performance convolutional neural networks for document processing", 2006; d2l.ai §7.2.
 */
export function im2col(image: Image, kernelSize: number | { width: number; height: number }, options: Im2colOptions = {}): Im2colResult {
  const { stride = 1, padding = 0, dilation = 1 } = options;
  checkImage(image, {}, "image");
  let kw: number, kh: number;
  if (typeof kernelSize === "number") {
    checkInteger(kernelSize, "kernelSize", { min: 1 });
    kw = kh = kernelSize;
  } else if (typeof kernelSize === "object" && kernelSize !== null) {
    checkInteger(kernelSize.width, "kernelSize.width", { min: 1 });
    checkInteger(kernelSize.height, "kernelSize.height", { min: 1 });
    kw = kernelSize.width;
    kh = kernelSize.height;
  } else throw new ArgumentTypeError("kernelSize", `expected a size or {width, height}, got ${describeValue(kernelSize)}`);
  checkInteger(stride, "options.stride", { min: 1 });
  checkInteger(dilation, "options.dilation", { min: 1 });
  checkPadding(padding, "options.padding");
  const { width, height, channels: c, data } = image;
  const outWidth = outputSize({ inputSize: width, kernelSize: kw, stride, padding, dilation });
  const outHeight = outputSize({ inputSize: height, kernelSize: kh, stride, padding, dilation });
  const [left] = resolvePadding(width, kw, stride, dilation, padding);
  const [top] = resolvePadding(height, kh, stride, dilation, padding);
  const rows = kh * kw * c;
  const cols = outWidth * outHeight;
  const out = new Float32Array(rows * cols);
  for (let i = 0; i < kh; i++) {
    for (let j = 0; j < kw; j++) {
      for (let ch = 0; ch < c; ch++) {
        const base = ((i * kw + j) * c + ch) * cols;
        for (let oy = 0; oy < outHeight; oy++) {
          const y = oy * stride - top + i * dilation;
          if (y < 0 || y >= height) continue;
          for (let ox = 0; ox < outWidth; ox++) {
            const x = ox * stride - left + j * dilation;
            if (x >= 0 && x < width) out[base + oy * outWidth + ox] = data[(y * width + x) * c + ch]!;
          }
        }
      }
    }
  }
  return { rows, cols, data: out, outWidth, outHeight };
}
