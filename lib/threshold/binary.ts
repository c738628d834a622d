import type { Image } from "../core/image";
import { threshold } from "./threshold";

/** Options of {@link binary}. */
export interface BinaryOptions {
  /** Swap the output: 1 where `v ≤ t`, 0 where `v > t` (`THRESH_BINARY_INV`). @default false */
  inverse?: boolean;
  /** Value written for "on" pixels. @default 1 */
  maxValue?: number;
  /** Buffer of `width·height·channels` floats to write the result into. @default a new buffer */
  out?: Float32Array;
}

/**
 * Binary threshold: `v > t ? 1 : 0` (or the inverse), per channel, `t` in image units. Shorthand
 * for {@link threshold} with type `binary` / `binaryInv`; same as `cv.threshold` on CV_32F.
 * @example const mask = binary(grey, 0.5, { inverse: true }); // dark pixels on
 * @see Gonzalez & Woods, Digital Image Processing (4th ed.), §10.3.
 */
export function binary(image: Image, t: number, options: BinaryOptions = {}): Image {
  const { inverse = false, maxValue = 1, out } = options;
  return threshold(image, t, { type: inverse ? "binaryInv" : "binary", maxValue, ...(out === undefined ? {} : { out }) });
}
