import type { Image } from "../core/image";
import { checkImage, checkInteger } from "../core/validate";
import { extremumRaw } from "./internal/extremum";
import { checkSe, structuringElement, type StructuringElement } from "./structuringElement";

/** Options of {@link close}. */
export interface CloseOptions {
  /** Dilate this many times, then erode this many times (OpenCV's `iterations`). @default 1 */
  iterations?: number;
}

/**
 * Closing `(f ⊕ B) ⊖ B`: (textbook, reflected) dilation then erosion. Fills dark gaps and holes
 * smaller than B; idempotent and never below `f`. Equals `cv.morphologyEx(MORPH_CLOSE)` for
 * symmetric elements. Pixels outside the image are ignored.
 * @example const filled = close(mask, structuringElement("rect", 5));
 * @see Gonzalez & Woods (4th ed.) §9.3 eq. (9-11).
 */
export function close(image: Image, se: StructuringElement = structuringElement("rect", 3), options: CloseOptions = {}): Image {
  const { iterations = 1 } = options;
  checkImage(image, {}, "image");
  const s = checkSe(se, "se");
  checkInteger(iterations, "options.iterations", { min: 0 });
  return closeRaw(image, s, iterations);
}

/** Internal: closing without validation. */
export function closeRaw(image: Image, s: ReturnType<typeof checkSe>, iterations: number): Image {
  let out: Image = { ...image, data: image.data.slice() };
  for (let i = 0; i < iterations; i++) out = extremumRaw(out, s, true, -1);
  for (let i = 0; i < iterations; i++) out = extremumRaw(out, s, false, 1);
  return out;
}
