import type { Image } from "../core/image";
import { checkImage, checkNumber, checkOneOf } from "../core/validate";
import { BORDER_MODES, type BorderMode } from "./border";
import { checkKernel1d } from "./kernel";
import { separableRaw } from "./internal/separable";

/** Options of {@link separableFilter}. */
export interface SeparableFilterOptions {
  /** How pixels outside the image are read. @default "reflect101" (OpenCV's BORDER_DEFAULT) */
  border?: BorderMode;
  /** Value outside the image when `border` is `"constant"`. @default 0 */
  borderValue?: number;
}

/**
 * Correlate each channel with `kx` along rows and `ky` along columns: the same as
 * {@link correlate2d} with the outer-product kernel `ky ⊗ kx`, in O(kx + ky) per pixel instead
 * of O(kx·ky). Equals `cv.sepFilter2D(src, dst, -1, kx, ky)`. Odd lengths; values not clipped.
 * @example const sobelX = separableFilter(img, [-1, 0, 1], [1, 2, 1]);
 * @see Szeliski, Computer Vision (2nd ed.) §3.2.1 "Separable filtering"; OpenCV `cv::sepFilter2D`.
 */
export function separableFilter(image: Image, kx: ArrayLike<number>, ky: ArrayLike<number>, options: SeparableFilterOptions = {}): Image {
  const { border = "reflect101", borderValue = 0 } = options;
  checkImage(image, {}, "image");
  const x = checkKernel1d(kx, "kx");
  const y = checkKernel1d(ky, "ky");
  checkOneOf(border, BORDER_MODES, "options.border");
  checkNumber(borderValue, "options.borderValue");
  return separableRaw(image, x, y, border, borderValue);
}
