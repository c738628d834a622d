import type { Image } from "../core/image";
import { checkImage, checkInteger, checkNumber } from "../core/validate";
import { toMatrix3 } from "./_matrix";
import type { MatrixLike } from "./types";

/** Options of {@link forwardWarp}. */
export interface ForwardWarpOptions {
  /** Output width. @default the source width */
  width?: number;
  /** Output height. @default the source height */
  height?: number;
  /** Value of output pixels no source pixel lands on (the "holes"). @default 0 */
  fill?: number;
}

/**
 * Naive forward mapping, for teaching: each source pixel (x, y) is sent to M·(x, y, 1) (with the
 * perspective divide when M is projective), rounded to the nearest output pixel and written there
 * (later source pixels overwrite earlier ones). Output pixels nothing lands on keep `fill`, so
 * rotations and enlargements show holes — the reason {@link warpAffine} maps backwards.
 * @example const holes = forwardWarp(img, affineMatrix({ rotate: 30, scale: 1.5, center: { x: 64, y: 64 } }));
 * @see R. Szeliski, Computer Vision (2nd ed.), §3.6.1 (forward warping, Fig. 3.46).
 */
export function forwardWarp(image: Image, M: MatrixLike, options: ForwardWarpOptions = {}): Image {
  const { width = image?.width, height = image?.height, fill = 0 } = options;
  checkImage(image, {}, "image");
  const m = toMatrix3(M, "M", true);
  checkInteger(width, "options.width", { min: 1 });
  checkInteger(height, "options.height", { min: 1 });
  checkNumber(fill, "options.fill");
  const { width: sw, height: sh, channels: cn, data: src } = image;
  const out = new Float32Array(width * height * cn);
  if (fill !== 0) out.fill(fill);
  const [m0, m1, m2, m3, m4, m5, m6, m7, m8] = m as [number, number, number, number, number, number, number, number, number];
  for (let y = 0; y < sh; y++) {
    for (let x = 0; x < sw; x++) {
      const w = m6 * x + m7 * y + m8;
      if (w === 0) continue;
      const dx = Math.round((m0 * x + m1 * y + m2) / w);
      const dy = Math.round((m3 * x + m4 * y + m5) / w);
      if (dx < 0 || dy < 0 || dx >= width || dy >= height) continue;
      const s = (y * sw + x) * cn;
      const o = (dy * width + dx) * cn;
      for (let c = 0; c < cn; c++) out[o + c] = src[s + c]!;
    }
  }
  return { width, height, channels: cn, data: out };
}
