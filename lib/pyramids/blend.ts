import type { Image } from "../core/image";
import { ArgumentTypeError } from "../core/errors";
import { checkImage, checkInteger } from "../core/validate";
import { gaussianPyramid } from "./gaussianPyramid";
import { laplacianPyramid } from "./laplacianPyramid";
import { reconstruct } from "./reconstruct";

/**
 * Multi-resolution (Burt–Adelson) blending: combine the Laplacian pyramids of `a` and `b` level
 * by level with weights from the Gaussian pyramid of `mask` (1 → `a`, 0 → `b`), then reconstruct.
 * Seams become invisible because each frequency band is blended over a width matched to it.
 * `mask` has one channel (applied to all) or as many as the images; all three the same size.
 * @example const orapple = blend(apple, orange, leftHalfMask, 5);
 * @see P. Burt & E. Adelson, "A Multiresolution Spline With Application to Image Mosaics", ACM TOG 2(4), 1983.
 */
export function blend(a: Image, b: Image, mask: Image, levels: number): Image {
  checkImage(a, {}, "a");
  checkImage(b, { channels: a.channels }, "b");
  checkImage(mask, { channels: mask.channels === 1 ? 1 : a.channels }, "mask");
  checkInteger(levels, "levels", { min: 1, max: 32 });
  for (const [img, name] of [[b, "b"], [mask, "mask"]] as const) {
    if (img.width !== a.width || img.height !== a.height) throw new ArgumentTypeError(name, `expected ${a.width}×${a.height} like a, got ${img.width}×${img.height}`);
  }
  const la = laplacianPyramid(a, levels);
  const lb = laplacianPyramid(b, levels);
  const gm = gaussianPyramid(mask, levels);
  const mixed = la.map((l, i) => {
    const m = gm[i]!.data;
    const mc = gm[i]!.channels;
    const cn = l.channels;
    const x = l.data;
    const y = lb[i]!.data;
    const out = new Float32Array(x.length);
    for (let k = 0; k < x.length; k++) {
      const w = m[mc === 1 ? (k / cn) | 0 : k]!;
      out[k] = w * x[k]! + (1 - w) * y[k]!;
    }
    return { ...l, data: out };
  });
  return reconstruct(mixed);
}
