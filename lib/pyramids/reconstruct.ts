import type { Image } from "../core/image";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkImage } from "../core/validate";
import { pyrUp } from "./pyrUp";

/**
 * Collapse a Laplacian pyramid: start from the coarsest level and repeatedly `pyrUp` to the next
 * level's size and add it. Inverts {@link laplacianPyramid} up to float rounding (≈1e-6).
 * @example const back = reconstruct(laplacianPyramid(img, 4));
 * @see P. Burt & E. Adelson, IEEE Trans. Comm. 1983, §III.
 */
export function reconstruct(pyramid: readonly Image[]): Image {
  if (!Array.isArray(pyramid) || pyramid.length === 0) throw new ArgumentTypeError("pyramid", `expected a non-empty array of images, got ${describeValue(pyramid)}`);
  pyramid.forEach((p, i) => checkImage(p, {}, `pyramid[${i}]`));
  let g: Image = { ...pyramid[pyramid.length - 1]!, data: pyramid[pyramid.length - 1]!.data.slice() };
  for (let i = pyramid.length - 2; i >= 0; i--) {
    const l = pyramid[i]!;
    if (l.channels !== g.channels || Math.abs(l.width - 2 * g.width) > 1 || Math.abs(l.height - 2 * g.height) > 1) {
      throw new ArgumentTypeError(`pyramid[${i}]`, `level ${i} is ${l.width}×${l.height}×${l.channels}, which does not fit above the ${g.width}×${g.height}×${g.channels} level`);
    }
    g = pyrUp(g, { width: l.width, height: l.height });
    const d = g.data;
    const s = l.data;
    for (let k = 0; k < d.length; k++) d[k] = d[k]! + s[k]!;
  }
  return g;
}
