import type { Image } from "../core/image";
import { checkImage, checkNumber, checkOneOf } from "../core/validate";
import { BORDER_MODES, type BorderMode } from "./border";
import { correlateRaw } from "./correlate2d";
import { checkKernel, type Kernel } from "./kernel";

/** Options of {@link convolve2d}. */
export interface Convolve2dOptions {
  /** How pixels outside the image are read. @default "reflect101" (OpenCV's BORDER_DEFAULT) */
  border?: BorderMode;
  /** Value outside the image when `border` is `"constant"`. @default 0 */
  borderValue?: number;
}

/**
 * True 2-D convolution (the kernel is flipped in x and y), each channel independently:
 * `out(x, y) = Σ_{i,j} k(i, j) · f(x − i + ⌊kw/2⌋, y − j + ⌊kh/2⌋)`. Equals `cv.filter2D` with the
 * kernel rotated 180° (`cv.flip(k, k, -1)`); for symmetric kernels it equals {@link correlate2d}.
 * Kernel sizes must be odd. Values are not clipped.
 * @example const blurred = convolve2d(img, kernelFromRows([[1, 2, 1], [2, 4, 2], [1, 2, 1]].map((r) => r.map((v) => v / 16))));
 * @see Szeliski, Computer Vision (2nd ed.) §3.2 eq. (3.14); Gonzalez & Woods (4th ed.) §3.4.
 */
export function convolve2d(image: Image, kernel: Kernel | Image, options: Convolve2dOptions = {}): Image {
  const { border = "reflect101", borderValue = 0 } = options;
  checkImage(image, {}, "image");
  const k = checkKernel(kernel, "kernel", true);
  checkOneOf(border, BORDER_MODES, "options.border");
  checkNumber(borderValue, "options.borderValue");
  return correlateRaw(image, { width: k.width, height: k.height, data: k.data.slice().reverse() }, border, borderValue);
}
