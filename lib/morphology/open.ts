import type { Image } from "../core/image";
import { checkImage, checkInteger } from "../core/validate";
import { extremumRaw } from "./internal/extremum";
import { checkSe, structuringElement, type StructuringElement } from "./structuringElement";

/** Options of {@link open}. */
export interface OpenOptions {
  /** Erode this many times, then dilate this many times (OpenCV's `iterations`). @default 1 */
  iterations?: number;
}

/**
 * Opening `(f ⊖ B) ⊕ B`: erosion then (textbook, reflected) dilation. Removes bright details
 * smaller than B, keeps the rest; idempotent and never above `f`. Equals `cv.morphologyEx(MORPH_OPEN)`
 * for symmetric elements; for asymmetric ones OpenCV's composition (unreflected dilation) is not
 * an opening, ours is. Pixels outside the image are ignored.
 * @example const clean = open(mask, structuringElement("ellipse", 5));
 * @see Gonzalez & Woods (4th ed.) §9.3 eq. (9-10); Soille, Morphological Image Analysis §4.
 */
export function open(image: Image, se: StructuringElement = structuringElement("rect", 3), options: OpenOptions = {}): Image {
  const { iterations = 1 } = options;
  checkImage(image, {}, "image");
  const s = checkSe(se, "se");
  checkInteger(iterations, "options.iterations", { min: 0 });
  return openRaw(image, s, iterations);
}

/** Internal: opening without validation. */
export function openRaw(image: Image, s: ReturnType<typeof checkSe>, iterations: number): Image {
  let out: Image = { ...image, data: image.data.slice() };
  for (let i = 0; i < iterations; i++) out = extremumRaw(out, s, false, 1);
  for (let i = 0; i < iterations; i++) out = extremumRaw(out, s, true, -1);
  return out;
}
