import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { openRaw } from "./open";
import { checkSe, structuringElement, type StructuringElement } from "./structuringElement";

/**
 * White top-hat `f − open(f, B)`: the bright details smaller than B (≥ 0). Useful to flatten an
 * uneven background before thresholding. Equals `cv.morphologyEx(MORPH_TOPHAT)` for symmetric elements.
 * @example const details = topHat(page, structuringElement("rect", 15));
 * @see Gonzalez & Woods (4th ed.) §9.6 eq. (9-37).
 */
export function topHat(image: Image, se: StructuringElement = structuringElement("rect", 3)): Image {
  checkImage(image, {}, "image");
  const s = checkSe(se, "se");
  const o = openRaw(image, s, 1);
  const src = image.data;
  const out = o.data;
  for (let i = 0; i < out.length; i++) out[i] = src[i]! - out[i]!;
  return o;
}
