import type { Image } from "../core/image";
import { ArgumentRangeError } from "../core/errors";
import { checkImage, checkInteger } from "../core/validate";

/** Validate that levels halvings fit the image. Private to haar2d / ihaar2d. */
export function checkHaarLevels(image: Image, levels: number): void {
  checkInteger(levels, "levels", { min: 1, max: 30 });
  const f = 2 ** levels;
  if (image.width % f !== 0 || image.height % f !== 0) {
    throw new ArgumentRangeError("levels", `${levels} levels need width and height divisible by ${f}, got ${image.width}×${image.height}; crop or resize first`);
  }
}

/** One orthonormal Haar step along rows (dir 0) or columns (dir 1) of the top-left w×h block, in place. */
export function haarStep(d: Float32Array, W: number, cn: number, w: number, h: number, dir: 0 | 1, inverse: boolean, tmp: Float64Array): void {
  const s = Math.SQRT1_2;
  const n = dir === 0 ? w : h;
  const lines = dir === 0 ? h : w;
  const half = n >> 1;
  for (let line = 0; line < lines; line++) {
    for (let c = 0; c < cn; c++) {
      const idx = (i: number) => (dir === 0 ? (line * W + i) * cn + c : (i * W + line) * cn + c);
      for (let i = 0; i < n; i++) tmp[i] = d[idx(i)]!;
      if (!inverse) {
        for (let i = 0; i < half; i++) {
          d[idx(i)] = (tmp[2 * i]! + tmp[2 * i + 1]!) * s;
          d[idx(half + i)] = (tmp[2 * i]! - tmp[2 * i + 1]!) * s;
        }
      } else {
        for (let i = 0; i < half; i++) {
          d[idx(2 * i)] = (tmp[i]! + tmp[half + i]!) * s;
          d[idx(2 * i + 1)] = (tmp[i]! - tmp[half + i]!) * s;
        }
      }
    }
  }
}

/**
 * 2-D orthonormal Haar wavelet transform, `levels` deep, in the standard (Mallat) layout: a new
 * image of the same size whose top-left (w/2ˡ × h/2ˡ) block holds the approximation; at each
 * level the block right of the approximation holds horizontal-difference details (along x), the
 * one below vertical-difference details, the diagonal one both. Filters (1, 1)/√2 and
 * (1, −1)/√2, so energy (sum of squares) is preserved and {@link ihaar2d} inverts it exactly.
 * Width and height must be divisible by 2^levels.
 * @example const coeffs = haar2d(img, 3);
 * @see S. Mallat, "A Theory for Multiresolution Signal Decomposition", IEEE PAMI 11(7), 1989; Szeliski (2nd ed.) §3.5.4.
 */
export function haar2d(image: Image, levels = 1): Image {
  checkImage(image, {}, "image");
  checkHaarLevels(image, levels);
  const { width: W, height: H, channels: cn } = image;
  const d = image.data.slice();
  const tmp = new Float64Array(Math.max(W, H));
  let w = W;
  let h = H;
  for (let l = 0; l < levels; l++) {
    haarStep(d, W, cn, w, h, 0, false, tmp);
    haarStep(d, W, cn, w, h, 1, false, tmp);
    w >>= 1;
    h >>= 1;
  }
  return { width: W, height: H, channels: cn, data: d };
}
