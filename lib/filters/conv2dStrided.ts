import type { Image } from "../core/image";
import { checkImage, checkInteger } from "../core/validate";
import { checkKernel, type Kernel } from "./kernel";
import { checkPadding, outputSize, resolvePadding, type Padding } from "./outputSize";

/** Options of {@link conv2dStrided}. */
export interface Conv2dStridedOptions {
  /** Step between windows, in pixels, both axes. @default 1 */
  stride?: number;
  /** Zeros on each side, or `"valid"` / `"same"` (TensorFlow's rule: extra zero on the bottom/right). @default 0 */
  padding?: Padding;
  /** Spacing between kernel taps (atrous convolution). @default 1 */
  dilation?: number;
}

/**
 * CNN-style 2-D convolution of a 1-channel image, i.e. cross-correlation (no kernel flip, like
 * `tf.conv2d` and PyTorch's `conv2d`) with zero padding, stride and dilation:
 * `out(ox, oy) = Σ_{i,j} k(j, i) · f(ox·s − pl + j·d, oy·s − pt + i·d)` (i over kernel rows,
 * j over columns; pl/pt the left/top padding). Output size from {@link outputSize} per axis.
 * Any kernel size (even ones too: the window's top-left is the anchor).
 * @example const down = conv2dStrided(img, kernelFromRows([[1, 1], [1, 1]]), { stride: 2 });
 * @see Dumoulin & Visin, "A guide to convolution arithmetic for deep learning", 2016; d2l.ai §7.3.
 */
export function conv2dStrided(image: Image, kernel: Kernel | Image, options: Conv2dStridedOptions = {}): Image {
  const { stride = 1, padding = 0, dilation = 1 } = options;
  checkImage(image, { channels: 1 }, "image");
  const k = checkKernel(kernel, "kernel");
  checkInteger(stride, "options.stride", { min: 1 });
  checkInteger(dilation, "options.dilation", { min: 1 });
  checkPadding(padding, "options.padding");
  const { width, height, data } = image;
  const outW = outputSize({ inputSize: width, kernelSize: k.width, stride, padding, dilation });
  const outH = outputSize({ inputSize: height, kernelSize: k.height, stride, padding, dilation });
  const [left] = resolvePadding(width, k.width, stride, dilation, padding);
  const [top] = resolvePadding(height, k.height, stride, dilation, padding);
  const out = new Float32Array(outW * outH);
  const kw = k.width, kh = k.height, kd = k.data;
  for (let oy = 0; oy < outH; oy++) {
    const y0 = oy * stride - top;
    for (let ox = 0; ox < outW; ox++) {
      const x0 = ox * stride - left;
      let sum = 0;
      for (let i = 0; i < kh; i++) {
        const y = y0 + i * dilation;
        if (y < 0 || y >= height) continue;
        const row = y * width;
        for (let j = 0; j < kw; j++) {
          const x = x0 + j * dilation;
          if (x >= 0 && x < width) sum += kd[i * kw + j]! * data[row + x]!;
        }
      }
      out[oy * outW + ox] = sum;
    }
  }
  return { width: outW, height: outH, channels: 1, data: out };
}
