import type { Image } from "../core/image";
import { ArgumentRangeError } from "../core/errors";
import { checkImage, checkInteger, outputBuffer } from "../core/validate";
import { extremumRaw } from "./internal/extremum";
import { checkSe, structuringElement, type StructuringElement } from "./structuringElement";

/** Options of {@link erode}. */
export interface ErodeOptions {
  /** Times the erosion is applied. @default 1 */
  iterations?: number;
  /** Optional output buffer (length width·height·channels, not the input's) for the result. @default undefined */
  out?: Float32Array;
}

/**
 * Grey-level erosion (minimum filter), each channel: `(f ⊖ B)(x) = min_{s ∈ B} f(x + s)`, s the
 * member offsets from the anchor — the same as `cv.erode` for every element. Pixels outside the
 * image are ignored (OpenCV's default border value). On a binary image it shrinks the white shapes:
 * a pixel stays white only where B, placed at it, fits inside the shape. Default element: 3×3 square.
 * @example const shrunk = erode(mask, structuringElement("rect", 3));
 * @see Gonzalez & Woods (4th ed.) §9.2 eq. (9-3) and §9.6; OpenCV `cv::erode`.
 */
export function erode(image: Image, se: StructuringElement = structuringElement("rect", 3), options: ErodeOptions = {}): Image {
  const { iterations = 1, out: outBuffer } = options;
  checkImage(image, {}, "image");
  const s = checkSe(se, "se");
  checkInteger(iterations, "options.iterations", { min: 0 });
  const target = outputBuffer(outBuffer, image.data.length);
  if (target === image.data) throw new ArgumentRangeError("options.out", "must not be the input image's own buffer");
  let out: Image = { width: image.width, height: image.height, channels: image.channels, data: image.data };
  for (let i = 0; i < iterations; i++) out = extremumRaw(out, s, false, 1, i === iterations - 1 ? target : undefined);
  if (iterations === 0) target.set(image.data);
  return { width: image.width, height: image.height, channels: image.channels, data: target };
}
