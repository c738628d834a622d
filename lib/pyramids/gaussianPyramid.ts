import type { Image } from "../core/image";
import { checkImage, checkInteger } from "../core/validate";
import { pyrDown } from "./pyrDown";

/**
 * The Gaussian pyramid: `levels` images, level 0 the input (not copied), each next one
 * `pyrDown` of the previous (⌈w/2⌉ × ⌈h/2⌉). Once 1×1 is reached further levels stay 1×1.
 * @example const [g0, g1, g2] = gaussianPyramid(img, 3);
 * @see P. Burt & E. Adelson, IEEE Trans. Comm. 1983; Szeliski (2nd ed.) §3.5.3.
 */
export function gaussianPyramid(image: Image, levels: number): Image[] {
  checkImage(image, {}, "image");
  checkInteger(levels, "levels", { min: 1, max: 32 });
  const out = [image];
  for (let i = 1; i < levels; i++) out.push(pyrDown(out[i - 1]!));
  return out;
}
