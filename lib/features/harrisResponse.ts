import type { Image } from "../core/image";
import { ArgumentRangeError } from "../core/errors";
import { checkImage, checkInteger, checkNumber } from "../core/validate";
import { boxSum, gaussian, sobelXY } from "./_kernels";

/** Options of {@link harrisResponse} (also used by {@link shiTomasi}). */
export interface StructureTensorOptions {
  /** Side of the square window summing the structure tensor (OpenCV's blockSize); ignored when `sigma` is set. @default 3 */
  blockSize?: number;
  /** Gaussian window σ instead of the box (the textbook weighting w(x, y)); unset = box window like OpenCV. @default undefined */
  sigma?: number;
  /** Sobel aperture for the derivatives: 3, 5 or 7 (OpenCV's ksize). @default 3 */
  ksize?: number;
}

/** Options of {@link harrisResponse}. */
export interface HarrisOptions extends StructureTensorOptions {
  /** Harris k in R = det M − k (trace M)². @default 0.04 */
  k?: number;
}

/** Structure tensor entries (a = Σ Ix², b = Σ IxIy, c = Σ Iy²) with cv.cornerEigenValsVecs scaling. Private. */
export function structureTensor(image: Image, options: StructureTensorOptions): { a: Float32Array; b: Float32Array; c: Float32Array } {
  const { blockSize = 3, sigma, ksize = 3 } = options;
  checkImage(image, { channels: 1 }, "image");
  checkInteger(blockSize, "options.blockSize", { min: 1 });
  if (sigma !== undefined) checkNumber(sigma, "options.sigma", { min: 0, exclusiveMin: true });
  if (![3, 5, 7].includes(ksize)) throw new ArgumentRangeError("options.ksize", `expected 3, 5 or 7, got ${ksize}`);
  const { width: w, height: h, data } = image;
  // OpenCV scales derivatives by 1 / (2^(ksize−1) · blockSize) (float input, no 255 factor).
  const scale = 1 / ((1 << (ksize - 1)) * (sigma === undefined ? blockSize : 1));
  const { dx, dy } = sobelXY(data, w, h, ksize, scale);
  const xx = new Float32Array(w * h);
  const xy = new Float32Array(w * h);
  const yy = new Float32Array(w * h);
  for (let i = 0; i < w * h; i++) {
    const gx = dx[i]!;
    const gy = dy[i]!;
    xx[i] = gx * gx;
    xy[i] = gx * gy;
    yy[i] = gy * gy;
  }
  if (sigma !== undefined) return { a: gaussian(xx, w, h, sigma), b: gaussian(xy, w, h, sigma), c: gaussian(yy, w, h, sigma) };
  return { a: boxSum(xx, w, h, blockSize), b: boxSum(xy, w, h, blockSize), c: boxSum(yy, w, h, blockSize) };
}

/**
 * Harris corner response R = det M − k·(trace M)² of the structure tensor M = Σ_w [Ix², IxIy;
 * IxIy, Iy²], on a 1-channel image. With the default box window it equals
 * `cv.cornerHarris(img, blockSize, ksize, k)` on float input (Sobel derivatives scaled by
 * 1/(2^(ksize−1)·blockSize), unnormalised box sum, BORDER_REFLECT_101). With `sigma` the window
 * is Gaussian (Harris & Stephens' weighting) and derivatives are scaled by 1/2^(ksize−1) only.
 * Corners: large positive R; edges: negative; flat: ≈ 0.
 * @example const R = harrisResponse(img, { blockSize: 2, ksize: 3, k: 0.04 });
 * @see C. Harris & M. Stephens, "A Combined Corner and Edge Detector", Alvey Vision Conf. 1988; Szeliski (2nd ed.) §7.1.1.
 */
export function harrisResponse(image: Image, options: HarrisOptions = {}): Image {
  const { k = 0.04, ...rest } = options;
  checkNumber(k, "options.k");
  const { a, b, c } = structureTensor(image, rest);
  const out = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const tr = a[i]! + c[i]!;
    out[i] = a[i]! * c[i]! - b[i]! * b[i]! - k * tr * tr;
  }
  return { width: image.width, height: image.height, channels: 1, data: out };
}
