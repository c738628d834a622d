import type { Image } from "../core/image";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkImage, checkNumber } from "../core/validate";

/** Options of {@link pyramidMosaic}. */
export interface PyramidMosaicOptions {
  /** Stretch each level's own min..max to 0..1 (use it for Laplacian levels, which hover around 0). @default false */
  normalize?: boolean;
  /** Value of the uncovered area. @default 1 (white) */
  background?: number;
}

/**
 * Lay out pyramid levels in one image for display: level 0 on the left, the smaller levels
 * stacked top to bottom in a column to its right (the classic pyramid figure). All levels must
 * have the same channel count.
 * @example display.png(encodePng(pyramidMosaic(gaussianPyramid(img, 5))))
 * @see Szeliski (2nd ed.), Fig. 3.32.
 */
export function pyramidMosaic(levels: readonly Image[], options: PyramidMosaicOptions = {}): Image {
  const { normalize = false, background = 1 } = options;
  if (!Array.isArray(levels) || levels.length === 0) throw new ArgumentTypeError("levels", `expected a non-empty array of images, got ${describeValue(levels)}`);
  levels.forEach((l, i) => checkImage(l, { channels: levels[0]!.channels }, `levels[${i}]`));
  checkNumber(background, "options.background");
  const first = levels[0]!;
  const rest = levels.slice(1);
  const cn = first.channels;
  const W = first.width + (rest.length ? Math.max(...rest.map((l) => l.width)) : 0);
  const H = Math.max(first.height, rest.reduce((s, l) => s + l.height, 0));
  const out = new Float32Array(W * H * cn).fill(background);
  const paste = (img: Image, ox: number, oy: number) => {
    let lo = 0;
    let scale = 1;
    if (normalize) {
      let mn = Infinity;
      let mx = -Infinity;
      for (const v of img.data) (mn = Math.min(mn, v)), (mx = Math.max(mx, v));
      lo = mn;
      scale = mx > mn ? 1 / (mx - mn) : 0;
    }
    for (let y = 0; y < img.height; y++) {
      for (let i = 0; i < img.width * cn; i++) out[((oy + y) * W + ox) * cn + i] = (img.data[y * img.width * cn + i]! - lo) * scale;
    }
  };
  paste(first, 0, 0);
  let y = 0;
  for (const l of rest) (paste(l, first.width, y), (y += l.height));
  return { width: W, height: H, channels: cn, data: out };
}
