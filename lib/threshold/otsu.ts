import type { Image } from "../core/image";
import { checkImage, outputBuffer } from "../core/validate";
import { binarize8, histogram256 } from "./histogramInput";
import { otsuScan } from "./otsuScan";

/** Options of {@link otsu} and {@link triangle}. */
export interface AutoThresholdOptions {
  /** Foreground = dark pixels (`THRESH_BINARY_INV`). @default false */
  inverse?: boolean;
  /** Buffer of `width·height` floats for the binary image. @default a new buffer */
  out?: Float32Array;
}

/** A threshold found automatically, in 0–255 units, and the binary image it gives (values 0/1). */
export interface AutoThresholdResult {
  threshold: number;
  image: Image;
}

/**
 * Otsu thresholding with 8-bit semantics: `threshold` from {@link otsuThreshold} and
 * `image = round(v·255) > threshold ? 1 : 0` — identical to
 * `cv.threshold(img8, dst, 0, 255, THRESH_BINARY | THRESH_OTSU)` (255 → 1).
 * @example const { threshold, image } = otsu(grey);
 * @see N. Otsu, "A threshold selection method from gray-level histograms", IEEE SMC 1979.
 */
export function otsu(image: Image, options: AutoThresholdOptions = {}): AutoThresholdResult {
  const { inverse = false, out } = options;
  checkImage(image, { channels: 1 }, "image");
  const h = histogram256(image, "image");
  const t = otsuScan(h, undefined);
  return { threshold: t, image: binarize8(image, t, inverse, outputBuffer(out, image.data.length)) };
}
