import type { Image } from "../core/image";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkImage, checkNumber } from "../core/validate";
import { gaussianKernelRaw } from "./gaussianKernel1d";
import { separableRaw } from "./internal/separable";

/** Options of {@link unsharpMask}. */
export interface UnsharpMaskOptions {
  /** σ of the Gaussian blur that defines the "unsharp" image, in pixels (kernel size 2⌈3σ⌉+1, reflect-101 border). @default 1 */
  sigma?: number;
  /** How much of the detail `image − blur` is added back; 0 returns the image. @default 1 */
  amount?: number;
  /** Clip the result to [0, 1]. @default true */
  clip?: boolean;
}

/**
 * Sharpen by adding back detail: `out = image + amount · (image − gaussianBlur(image, σ))`,
 * each channel, clipped to [0, 1] unless `clip` is false. OpenCV has no single call for it
 * (its docs build it from GaussianBlur and addWeighted, as here).
 * @example const crisp = unsharpMask(img, { sigma: 2, amount: 1.5 });
 * @see Szeliski, Computer Vision (2nd ed.) §3.2 "unsharp masking"; Gonzalez & Woods (4th ed.) §3.6.
 */
export function unsharpMask(image: Image, options: UnsharpMaskOptions = {}): Image {
  const { sigma = 1, amount = 1, clip = true } = options;
  checkImage(image, {}, "image");
  checkNumber(sigma, "options.sigma", { min: 0, exclusiveMin: true });
  checkNumber(amount, "options.amount");
  if (typeof clip !== "boolean") throw new ArgumentTypeError("options.clip", `expected a boolean, got ${describeValue(clip)}`);
  const k = gaussianKernelRaw(sigma, 2 * Math.ceil(3 * sigma) + 1);
  const blurred = separableRaw(image, k, k, "reflect101", 0);
  const src = image.data;
  const out = blurred.data;
  for (let i = 0; i < out.length; i++) {
    const v = src[i]! + amount * (src[i]! - out[i]!);
    out[i] = clip ? (v < 0 ? 0 : v > 1 ? 1 : v) : v;
  }
  return blurred;
}
