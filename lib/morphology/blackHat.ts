import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { closeRaw } from "./close";
import { checkSe, structuringElement, type StructuringElement } from "./structuringElement";

/**
 * Black top-hat `close(f, B) − f`: the dark details smaller than B (≥ 0). Equals
 * `cv.morphologyEx(MORPH_BLACKHAT)` for symmetric elements.
 * @example const darkSpots = blackHat(img, structuringElement("ellipse", 9));
 * @see Gonzalez & Woods (4th ed.) §9.6 eq. (9-38).
 */
export function blackHat(image: Image, se: StructuringElement = structuringElement("rect", 3)): Image {
  checkImage(image, {}, "image");
  const s = checkSe(se, "se");
  const c = closeRaw(image, s, 1);
  const src = image.data;
  const out = c.data;
  for (let i = 0; i < out.length; i++) out[i] = out[i]! - src[i]!;
  return c;
}
