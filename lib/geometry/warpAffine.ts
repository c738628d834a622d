import type { Image } from "../core/image";
import { checkImage, checkInteger, checkNumber, checkOneOf, outputBuffer } from "../core/validate";
import { ArgumentRangeError } from "../core/errors";
import { rint, toMatrix3 } from "./_matrix";
import { sampleRow } from "./_sample";
import type { WarpOptions } from "./_warpOptions";
import { Interpolation, WarpBorder, type MatrixLike } from "./types";

export type { WarpOptions } from "./_warpOptions";
/** Options of {@link warpAffine}. */
export type WarpAffineOptions = WarpOptions;

/**
 * Warp `image` by the affine map `M` (6 or 9 values, row-major) that sends source pixels to
 * output pixels, like `cv.warpAffine` without `WARP_INVERSE_MAP`: every output pixel (x, y) is
 * pulled from the source at M⁻¹·(x, y) (inverse mapping, so no holes). Reproduces OpenCV's
 * arithmetic: inverse coefficients scaled by 1024 and rounded per row/column, source positions in
 * 1/32 pixel, bilinear weights from those 1/32 steps — on float input it agrees with
 * `cv.warpAffine(…, INTER_LINEAR, BORDER_CONSTANT)` to float rounding. Any channel count.
 * Cost: O(width·height·channels), no allocation per pixel.
 * @example const rotated = warpAffine(img, getRotationMatrix2D({ x: 100, y: 80 }, 30, 1));
 * @see R. Szeliski, Computer Vision (2nd ed.), §3.6.1 (parametric transformations, inverse warping).
 */
export function warpAffine(image: Image, M: MatrixLike, options: WarpAffineOptions = {}): Image {
  const { width = image?.width, height = image?.height, interpolation = "bilinear", border = "constant", borderValue = 0, out: outBuffer } = options;
  checkImage(image, {}, "image");
  const m = toMatrix3(M, "M", true);
  if (m[6] !== 0 || m[7] !== 0 || m[8] !== 1) throw new ArgumentRangeError("M", `expected an affine matrix (last row 0, 0, 1); use warpPerspective for a homography`);
  checkInteger(width, "options.width", { min: 1 });
  checkInteger(height, "options.height", { min: 1 });
  checkOneOf(interpolation, Object.values(Interpolation), "options.interpolation");
  checkOneOf(border, Object.values(WarpBorder), "options.border");
  checkNumber(borderValue, "options.borderValue");

  // Invert exactly as OpenCV does (same operation order, so the same doubles).
  let D = m[0]! * m[4]! - m[1]! * m[3]!;
  D = D !== 0 ? 1 / D : 0;
  const i0 = m[4]! * D;
  const i1 = m[1]! * -D;
  const i3 = m[3]! * -D;
  const i4 = m[0]! * D;
  const i2 = -i0 * m[2]! - i1 * m[5]!;
  const i5 = -i3 * m[2]! - i4 * m[5]!;

  const bilinear = interpolation === "bilinear";
  const AB = 1024;
  const roundDelta = bilinear ? 16 : 512;
  const shift = bilinear ? 5 : 10;
  const adelta = new Int32Array(width);
  const bdelta = new Int32Array(width);
  for (let x = 0; x < width; x++) {
    adelta[x] = rint(i0 * x * AB);
    bdelta[x] = rint(i3 * x * AB);
  }
  const { width: sw, height: sh, channels: cn, data: src } = image;
  const out = outputBuffer(outBuffer, width * height * cn);
  const xs = new Int32Array(width);
  const ys = new Int32Array(width);
  const edge = (X0: number, Y0: number, x0: number, x1: number, o: number): void => {
    for (let x = x0; x < x1; x++) {
      xs[x - x0] = (X0 + adelta[x]!) >> shift;
      ys[x - x0] = (Y0 + bdelta[x]!) >> shift;
    }
    sampleRow(src, sw, sh, cn, out, o + x0 * cn, xs, ys, x1 - x0, bilinear, border, borderValue);
  };
  for (let y = 0; y < height; y++) {
    const X0 = rint((i1 * y + i2) * AB) + roundDelta;
    const Y0 = rint((i4 * y + i5) * AB) + roundDelta;
    const o = y * width * cn;
    if (!bilinear || cn !== 1) {
      edge(X0, Y0, 0, width, o);
      continue;
    }
    // (positions in 1/32 pixel: X = (X0 + adelta) >> 5, tap column X >> 5 in [0, sw − 2] ⇔ X >>> 0 < (sw − 1)·32)
    // Source positions are monotonic along a row, so the pixels whose four taps are all inside
    // the image form one run [xa, xb): sampled by the fused loop, the rest by sampleRow's border rules.
    const lim = ((sw - 1) << 5) >>> 0;
    const limY = ((sh - 1) << 5) >>> 0;
    let xa = 0;
    while (xa < width && !(((X0 + adelta[xa]!) >> 5) >>> 0 < lim && ((Y0 + bdelta[xa]!) >> 5) >>> 0 < limY)) xa++;
    let xb = width;
    while (xb > xa && !(((X0 + adelta[xb - 1]!) >> 5) >>> 0 < lim && ((Y0 + bdelta[xb - 1]!) >> 5) >>> 0 < limY)) xb--;
    if (xa > 0) edge(X0, Y0, 0, xa, o);
    interiorRow(src, sw, out, o, X0, Y0, adelta, bdelta, xa, xb);
    if (xb < width) edge(X0, Y0, xb, width, o);
  }
  return { width, height, channels: cn, data: out };
}

/**
 * Bilinear samples of one output row (1 channel) for columns xa … xb−1 whose four taps are all
 * inside the source: the arithmetic of sampleRow (1/32-pixel positions, weights (1−a)(1−b)…)
 * without its border tests.
 */
function interiorRow(src: Float32Array, sw: number, out: Float32Array, o: number, X0: number, Y0: number, adelta: Int32Array, bdelta: Int32Array, xa: number, xb: number): void {
  const inv = 1 / 32;
  for (let x = xa; x < xb; x++) {
    const X = (X0 + adelta[x]!) >> 5; // 1/32 pixel
    const Y = (Y0 + bdelta[x]!) >> 5;
    const ax = (X & 31) * inv;
    const ay = (Y & 31) * inv;
    const s = (Y >> 5) * sw + (X >> 5);
    out[o + x] = src[s]! * ((1 - ax) * (1 - ay)) + src[s + 1]! * (ax * (1 - ay)) + src[s + sw]! * ((1 - ax) * ay) + src[s + sw + 1]! * (ax * ay);
  }
}
