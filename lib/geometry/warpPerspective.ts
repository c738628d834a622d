import type { Image } from "../core/image";
import { ArgumentRangeError } from "../core/errors";
import { checkImage, checkInteger, checkNumber, checkOneOf, outputBuffer } from "../core/validate";
import { invert3, rint, toMatrix3 } from "./_matrix";
import { sampleRow } from "./_sample";
import type { WarpOptions } from "./_warpOptions";
import { Interpolation, WarpBorder, type MatrixLike } from "./types";

/** Options of {@link warpPerspective}. */
export type WarpPerspectiveOptions = WarpOptions;

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

/**
 * Warp `image` by the homography `H` (9 values, row-major) that maps source to output, like
 * `cv.warpPerspective` without `WARP_INVERSE_MAP`: each output pixel (x, y) samples the source at
 * H⁻¹·(x, y, 1) after the perspective divide, in OpenCV's 1/32-pixel fixed point for bilinear.
 * OpenCV accumulates coordinates per 32-pixel block; we evaluate them per pixel, so a value
 * can differ where a coordinate lies exactly on a 1/32 boundary (rare).
 * @example const flat = warpPerspective(photo, getPerspectiveTransform(corners, square), { width: 200, height: 200 });
 * @see R. Hartley & A. Zisserman, Multiple View Geometry (2nd ed.), §2.3 (projective transformations).
 */
export function warpPerspective(image: Image, H: MatrixLike, options: WarpPerspectiveOptions = {}): Image {
  const { width = image?.width, height = image?.height, interpolation = "bilinear", border = "constant", borderValue = 0, out: outBuffer } = options;
  checkImage(image, {}, "image");
  const h = toMatrix3(H, "H", false);
  checkInteger(width, "options.width", { min: 1 });
  checkInteger(height, "options.height", { min: 1 });
  checkOneOf(interpolation, Object.values(Interpolation), "options.interpolation");
  checkOneOf(border, Object.values(WarpBorder), "options.border");
  checkNumber(borderValue, "options.borderValue");
  const m = invert3(h);
  if (!m) throw new ArgumentRangeError("H", "the homography is singular (determinant 0) and has no inverse");
  const bilinear = interpolation === "bilinear";
  const scale = bilinear ? 32 : 1;
  const { width: sw, height: sh, channels: cn, data: src } = image;
  const out = outputBuffer(outBuffer, width * height * cn);
  const xs = new Int32Array(width);
  const ys = new Int32Array(width);
  const [m0, m1, m2, m3, m4, m5, m6, m7, m8] = m as [number, number, number, number, number, number, number, number, number];
  for (let y = 0; y < height; y++) {
    const X0 = m1 * y + m2;
    const Y0 = m4 * y + m5;
    const W0 = m7 * y + m8;
    for (let x = 0; x < width; x++) {
      let W = W0 + m6 * x;
      W = W ? scale / W : 0;
      const fX = Math.max(INT_MIN, Math.min(INT_MAX, (X0 + m0 * x) * W));
      const fY = Math.max(INT_MIN, Math.min(INT_MAX, (Y0 + m3 * x) * W));
      xs[x] = rint(fX);
      ys[x] = rint(fY);
    }
    sampleRow(src, sw, sh, cn, out, y * width * cn, xs, ys, width, bilinear, border, borderValue);
  }
  return { width, height, channels: cn, data: out };
}
