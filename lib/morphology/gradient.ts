import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { extremumRaw } from "./internal/extremum";
import { checkSe, structuringElement, type StructuringElement } from "./structuringElement";

/**
 * Morphological gradient `(f ⊕ B) − (f ⊖ B)`: large on edges, 0 in flat regions, ≥ 0 everywhere.
 * Equals `cv.morphologyEx(MORPH_GRADIENT)` for symmetric elements.
 * @example const outline = gradient(mask);
 * @see Gonzalez & Woods (4th ed.) §9.6 eq. (9-35).
 */
export function gradient(image: Image, se: StructuringElement = structuringElement("rect", 3)): Image {
  checkImage(image, {}, "image");
  const s = checkSe(se, "se");
  const d = extremumRaw(image, s, true, -1);
  const e = extremumRaw(image, s, false, 1).data;
  const out = d.data;
  for (let i = 0; i < out.length; i++) out[i] = out[i]! - e[i]!;
  return d;
}
