import { ArgumentRangeError, ArgumentTypeError, describeValue } from "../core/errors";
import { checkInteger } from "../core/validate";

/** Padding of a CNN-style convolution: pixels of zeros on each side, or TensorFlow's `"valid"` (none) / `"same"`. */
export type Padding = number | "valid" | "same";

/** Arguments of {@link outputSize}. */
export interface OutputSizeOptions {
  /** Input length n along one axis (pixels). */
  inputSize: number;
  /** Kernel length k along that axis. */
  kernelSize: number;
  /** Step s between windows. @default 1 */
  stride?: number;
  /** Zeros p added on each side, or `"valid"` (p = 0) / `"same"` (output ⌈n/s⌉, TensorFlow's rule). @default 0 */
  padding?: Padding;
  /** Spacing d between kernel taps (d = 1: contiguous). @default 1 */
  dilation?: number;
}

/**
 * Output length of a strided, padded, dilated convolution along one axis:
 * `⌊(n + 2p − d(k − 1) − 1) / s⌋ + 1`; with `"same"` padding `⌈n / s⌉`. Throws when no window fits.
 * @example outputSize({ inputSize: 7, kernelSize: 3, stride: 2, padding: 1 }) === 4
 * @see V. Dumoulin & F. Visin, "A guide to convolution arithmetic for deep learning", 2016, §2–5.
 */
export function outputSize(options: OutputSizeOptions): number {
  if (typeof options !== "object" || options === null) throw new ArgumentTypeError("options", `expected {inputSize, kernelSize, …}, got ${describeValue(options)}`);
  const { inputSize, kernelSize, stride = 1, padding = 0, dilation = 1 } = options;
  checkInteger(inputSize, "options.inputSize", { min: 1 });
  checkInteger(kernelSize, "options.kernelSize", { min: 1 });
  checkInteger(stride, "options.stride", { min: 1 });
  checkInteger(dilation, "options.dilation", { min: 1 });
  checkPadding(padding, "options.padding");
  const [before, after] = resolvePadding(inputSize, kernelSize, stride, dilation, padding);
  const out = Math.floor((inputSize + before + after - dilation * (kernelSize - 1) - 1) / stride) + 1;
  if (out < 1) {
    throw new ArgumentRangeError("options.kernelSize", `a kernel of ${kernelSize} taps (dilation ${dilation}) does not fit an input of ${inputSize} with padding ${before}+${after}`);
  }
  return out;
}

/** Internal: validate a {@link Padding}. */
export function checkPadding(padding: unknown, argument: string): asserts padding is Padding {
  if (padding === "valid" || padding === "same") return;
  if (typeof padding === "number") return checkInteger(padding, argument, { min: 0 });
  throw new ArgumentTypeError(argument, `expected a non-negative integer, "valid" or "same", got ${describeValue(padding)}`);
}

/** Internal: zeros [before, after] along an axis; `"same"` follows TensorFlow (extra zero after). */
export function resolvePadding(n: number, k: number, s: number, d: number, padding: Padding): [number, number] {
  if (padding === "valid") return [0, 0];
  if (padding === "same") {
    const out = Math.ceil(n / s);
    const total = Math.max((out - 1) * s + d * (k - 1) + 1 - n, 0);
    return [total >> 1, total - (total >> 1)];
  }
  return [padding, padding];
}
