import type { Image } from "../core/image";
import { ArgumentRangeError } from "../core/errors";
import { checkImage, checkOneOf } from "../core/validate";
import { borderModes, type BorderMode } from "./border";
import { separablePair, sobelKernel1d } from "./internal/separable";

/** Options of {@link laplacian}. */
export interface LaplacianOptions {
  /** Aperture like cv.Laplacian's `ksize`: 1 → [[0,1,0],[1,−4,1],[0,1,0]], 3 → [[2,0,2],[0,−8,0],[2,0,2]], 5, 7 → sums of Sobel second derivatives. @default 1 */
  ksize?: 1 | 3 | 5 | 7;
  /** How pixels beyond the edge are invented. @default "reflect101" */
  border?: BorderMode;
}

/**
 * The Laplacian ∂²I/∂x² + ∂²I/∂y² of a grey image, equal to `cv.Laplacian(src, cv.CV_32F, ksize)`
 * (scale 1, delta 0). Smooth first (or use a larger ksize) for a Laplacian of Gaussian.
 * @example const lap = edges.laplacian(grey, { ksize: 3 });
 * @see D. Marr & E. Hildreth, "Theory of edge detection" (1980); Szeliski 2e §7.2.
 */
export function laplacian(image: Image, options: LaplacianOptions = {}): Image {
  const { ksize = 1, border = "reflect101" } = options;
  checkImage(image, { channels: 1 }, "image");
  if (ksize !== 1 && ksize !== 3 && ksize !== 5 && ksize !== 7) {
    throw new ArgumentRangeError("options.ksize", `expected 1, 3, 5 or 7, got ${String(ksize)}`);
  }
  checkOneOf(border, borderModes, "options.border");
  const { width, height } = image;
  const n = width * height;
  const d2 = sobelKernel1d(ksize, 2);
  const smooth = ksize === 1 ? [0, 1, 0] : sobelKernel1d(ksize, 0);
  const a = new Float32Array(n);
  const b = new Float32Array(n);
  separablePair(image.data, width, height, smooth, d2, d2, smooth, border, a, b);
  for (let i = 0; i < n; i++) a[i] = a[i]! + b[i]!;
  return { width, height, channels: 1, data: a };
}
