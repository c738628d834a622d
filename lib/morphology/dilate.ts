import type { Image } from "../core/image";
import { ArgumentRangeError } from "../core/errors";
import { checkImage, checkInteger, outputBuffer } from "../core/validate";
import { extremumRaw } from "./internal/extremum";
import { checkSe, structuringElement, type StructuringElement } from "./structuringElement";

/** Options of {@link dilate}. */
export interface DilateOptions {
  /** Times the dilation is applied. @default 1 */
  iterations?: number;
  /** Optional output buffer (length width·height·channels, not the input's) for the result. @default undefined */
  out?: Float32Array;
}

/**
 * Grey-level dilation (maximum filter), each channel: the textbook Minkowski sum
 * `(f ⊕ B)(x) = max_{s ∈ B} f(x − s)`, s the member offsets from the anchor. Note the **reflection**:
 * `cv.dilate` computes `max_{s ∈ B} f(x + s)` instead, so the two agree for symmetric elements
 * (rect, ellipse, cross) and ours equals `cv.dilate` with the element rotated 180° otherwise.
 * Pixels outside the image are ignored (OpenCV's default border value for morphology). On a
 * binary image it grows the white shapes by B. Default element: 3×3 square.
 * @example const grown = dilate(mask, structuringElement("ellipse", 5));
 * @see Gonzalez & Woods (4th ed.) §9.2 eq. (9-6) and §9.6 (grey-scale); Soille, Morphological Image Analysis §3.
 */
export function dilate(image: Image, se: StructuringElement = structuringElement("rect", 3), options: DilateOptions = {}): Image {
  const { iterations = 1, out: outBuffer } = options;
  checkImage(image, {}, "image");
  const s = checkSe(se, "se");
  checkInteger(iterations, "options.iterations", { min: 0 });
  const target = outputBuffer(outBuffer, image.data.length);
  if (target === image.data) throw new ArgumentRangeError("options.out", "must not be the input image's own buffer");
  let out: Image = { width: image.width, height: image.height, channels: image.channels, data: image.data };
  for (let i = 0; i < iterations; i++) out = extremumRaw(out, s, true, -1, i === iterations - 1 ? target : undefined);
  if (iterations === 0) target.set(image.data);
  return { width: image.width, height: image.height, channels: image.channels, data: target };
}
