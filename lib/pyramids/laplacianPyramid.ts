import type { Image } from "../core/image";
import { checkImage, checkInteger } from "../core/validate";
import { gaussianPyramid } from "./gaussianPyramid";
import { pyrUp } from "./pyrUp";

/**
 * The Laplacian pyramid: `levels` images; level i < levels−1 is Gᵢ − pyrUp(Gᵢ₊₁) (a band-pass
 * detail image, values around 0, may be negative), the last level is the coarsest Gaussian
 * level itself. {@link reconstruct} inverts it exactly.
 * @example const lap = laplacianPyramid(img, 4);
 * @see P. Burt & E. Adelson, "The Laplacian Pyramid as a Compact Image Code", IEEE Trans. Comm. 31(4), 1983.
 */
export function laplacianPyramid(image: Image, levels: number): Image[] {
  checkImage(image, {}, "image");
  checkInteger(levels, "levels", { min: 1, max: 32 });
  const g = gaussianPyramid(image, levels);
  const out: Image[] = [];
  for (let i = 0; i < levels - 1; i++) {
    const gi = g[i]!;
    const up = pyrUp(g[i + 1]!, { width: gi.width, height: gi.height });
    const d = up.data;
    const s = gi.data;
    for (let k = 0; k < d.length; k++) d[k] = s[k]! - d[k]!;
    out.push(up);
  }
  out.push(g[levels - 1]!);
  return out;
}
