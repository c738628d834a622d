import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkInteger } from "../core/validate";
import { checkPadding, outputSize, type Padding } from "../filters/outputSize";

/** Options of {@link conv2dFlops}. */
export interface Conv2dFlopsOptions {
  /** Side k of the square kernel. @default 3 */
  kernelSize?: number;
  /** Step between windows, both axes. @default 1 */
  stride?: number;
  /** `"valid"` (none, TensorFlow's default), `"same"` (output ⌈n/s⌉) or zeros on each side. @default "valid" */
  padding?: Padding;
}

/**
 * Floating-point operations of one forward pass of a 2-D convolution layer on ONE image of
 * `inputShape = [height, width, channels]` (NHWC, as `tf.layers.conv2d`) with `filters` output
 * channels: `2 · k² · Cin · Hout · Wout · Cout`. Each output value is a sum of `k²·Cin` products:
 * `k²·Cin` multiplications and `k²·Cin − 1` additions, plus one for the bias — 2 per weight. Output
 * sizes follow {@link outputSize} (`"same"`: ⌈n/s⌉). Activation and pooling are not counted.
 * Multiply by the batch size for a batch; a backward pass costs about twice the forward one.
 * @example conv2dFlops([28, 28, 1], 16, { kernelSize: 3, padding: "same" }) // 2·9·1·28·28·16 = 225,792
 * @see V. Sze, Y.-H. Chen, T.-J. Yang, J. Emer, "Efficient processing of deep neural networks: a tutorial and survey", Proc. IEEE 105(12), 2017, §II; CS231n lecture 8 (hardware).
 */
export function conv2dFlops(inputShape: readonly [number, number, number], filters: number, options: Conv2dFlopsOptions = {}): number {
  const { kernelSize = 3, stride = 1, padding = "valid" } = options;
  if (!Array.isArray(inputShape) || inputShape.length !== 3) {
    throw new ArgumentTypeError("inputShape", `expected [height, width, channels], got ${describeValue(inputShape)}`);
  }
  inputShape.forEach((v, i) => checkInteger(v, `inputShape[${i}]`, { min: 1 }));
  checkInteger(filters, "filters", { min: 1 });
  checkInteger(kernelSize, "options.kernelSize", { min: 1 });
  checkInteger(stride, "options.stride", { min: 1 });
  checkPadding(padding, "options.padding");
  const [height, width, channels] = inputShape;
  const hOut = outputSize({ inputSize: height, kernelSize, stride, padding });
  const wOut = outputSize({ inputSize: width, kernelSize, stride, padding });
  return 2 * kernelSize * kernelSize * channels * hOut * wOut * filters;
}
