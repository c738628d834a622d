import type { Image } from "../core/image";
import { checkImage, outputBuffer } from "../core/validate";
import { binarize8 } from "./histogramInput";
import type { AutoThresholdOptions, AutoThresholdResult } from "./otsu";
import { triangleThreshold } from "./triangleThreshold";

/**
 * Triangle-method thresholding with 8-bit semantics: `threshold` from {@link triangleThreshold}
 * and `image = round(v·255) > threshold ? 1 : 0`, identical to
 * `cv.threshold(img8, dst, 0, 255, THRESH_BINARY | THRESH_TRIANGLE)` (255 → 1).
 * @example const { threshold, image } = triangle(text, { inverse: true });
 * @see Zack, Rogers & Latt, J. Histochem. Cytochem. 25(7), 1977.
 */
export function triangle(image: Image, options: AutoThresholdOptions = {}): AutoThresholdResult {
  const { inverse = false, out } = options;
  checkImage(image, { channels: 1 }, "image");
  const t = triangleThreshold(image);
  return { threshold: t, image: binarize8(image, t, inverse, outputBuffer(out, image.data.length)) };
}
