import type { Image } from "../core/image";
import { checkImage, checkInteger, checkNumber, checkOneOf } from "../core/validate";
import { BORDER_MODES, type BorderMode } from "./border";
import { padRaw } from "./padImage";

/** Options of {@link bilateral}. */
export interface BilateralOptions {
  /** Window diameter in pixels; ≤ 0 derives it from `sigmaSpace` as OpenCV does (radius = round(1.5·σs)). @default 5 */
  diameter?: number;
  /** Range σ, in the image's value units ([0,1] images: 0.1 ≈ 25 grey levels); ≤ 0 means 1 as in OpenCV. @default 0.1 */
  sigmaColor?: number;
  /** Spatial σ in pixels; ≤ 0 means 1 as in OpenCV. @default 2 */
  sigmaSpace?: number;
  /** How pixels outside the image are read. @default "reflect101" (OpenCV's BORDER_DEFAULT) */
  border?: BorderMode;
}

const EXP_BINS_PER_CHANNEL = 1 << 12;

/**
 * Bilateral filter: a weighted mean over a disc of radius `⌊diameter/2⌋` where each neighbour's
 * weight is `exp(−r²/2σs²) · exp(−Δ²/2σc²)`, `r` its distance and `Δ` its colour difference — it
 * smooths flat regions and keeps edges. Follows `cv.bilateralFilter` on CV_32F exactly: Δ is the
 * sum over channels of |difference| (L1, not Euclidean), the colour weight is read from OpenCV's
 * 4096-bins-per-channel table spanning the image's value range with linear interpolation, the disc
 * keeps offsets with √(i²+j²) ≤ radius. Agrees with OpenCV to 1e-5 (float rounding only). A
 * constant image is returned unchanged. 1 or 3 channels.
 * @example const smooth = bilateral(img, { diameter: 9, sigmaColor: 0.1, sigmaSpace: 3 });
 * @see C. Tomasi & R. Manduchi, "Bilateral filtering for gray and color images", ICCV 1998;
 *   Szeliski, Computer Vision (2nd ed.) §3.3.1; OpenCV `cv::bilateralFilter`.
 */
export function bilateral(image: Image, options: BilateralOptions = {}): Image {
  const { diameter = 5, sigmaColor: sc = 0.1, sigmaSpace: ss = 2, border = "reflect101" } = options;
  checkImage(image, { channels: [1, 3] }, "image");
  checkInteger(diameter, "options.diameter");
  checkNumber(sc, "options.sigmaColor");
  checkNumber(ss, "options.sigmaSpace");
  checkOneOf(border, BORDER_MODES, "options.border");
  const sigmaColor = sc <= 0 ? 1 : sc;
  const sigmaSpace = ss <= 0 ? 1 : ss;
  const { width, height, channels: c, data } = image;
  const radius = Math.max(diameter <= 0 ? Math.round(sigmaSpace * 1.5) : diameter >> 1, 1);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (Math.abs(max - min) < 1.1920929e-7) return { width, height, channels: c, data: data.slice() };
  const colorCoeff = -0.5 / (sigmaColor * sigmaColor);
  const spaceCoeff = -0.5 / (sigmaSpace * sigmaSpace);
  // Colour-weight table over L1 differences, as OpenCV builds it (float32 values, zeros once exp underflows).
  const bins = EXP_BINS_PER_CHANNEL * c;
  const scaleIndex = Math.fround(bins / Math.fround(Math.fround(max - min) * c));
  const lut = new Float32Array(bins + 2);
  let last = 1;
  for (let i = 0; i < bins + 2; i++) {
    if (last > 0) {
      const v = i / scaleIndex;
      lut[i] = Math.exp(v * v * colorCoeff);
      last = lut[i]!;
    } else lut[i] = 0;
  }
  const padded = padRaw(image, radius, radius, radius, radius, border, 0);
  const src = padded.data;
  const pStride = padded.width * c;
  const weights: number[] = [];
  const offsets: number[] = [];
  for (let i = -radius; i <= radius; i++) {
    for (let j = -radius; j <= radius; j++) {
      const r = Math.sqrt(i * i + j * j);
      if (r > radius) continue;
      weights.push(Math.fround(Math.exp(r * r * spaceCoeff)));
      offsets.push(i * pStride + j * c);
    }
  }
  const sw = Float32Array.from(weights);
  const so = Int32Array.from(offsets);
  const out = new Float32Array(data.length);
  if (c === 1) bilateralGrey(src, out, width, height, pStride, radius, sw, so, lut, scaleIndex);
  else bilateralRgb(src, out, width, height, pStride, radius, sw, so, lut, scaleIndex);
  return { width, height, channels: c, data: out };
}

function bilateralGrey(src: Float32Array, out: Float32Array, width: number, height: number, pStride: number, r: number, sw: Float32Array, so: Int32Array, lut: Float32Array, scaleIndex: number): void {
  const nk = sw.length;
  for (let y = 0; y < height; y++) {
    const rowBase = (y + r) * pStride + r;
    for (let x = 0; x < width; x++) {
      const centre = rowBase + x;
      const v0 = src[centre]!;
      let sum = 0;
      let wsum = 0;
      for (let k = 0; k < nk; k++) {
        const v = src[centre + so[k]!]!;
        let alpha = Math.fround(Math.abs(v - v0) * scaleIndex);
        const idx = Math.floor(alpha);
        alpha -= idx;
        const w = sw[k]! * (lut[idx]! + alpha * (lut[idx + 1]! - lut[idx]!));
        sum += v * w;
        wsum += w;
      }
      out[y * width + x] = sum / wsum;
    }
  }
}

function bilateralRgb(src: Float32Array, out: Float32Array, width: number, height: number, pStride: number, r: number, sw: Float32Array, so: Int32Array, lut: Float32Array, scaleIndex: number): void {
  const nk = sw.length;
  for (let y = 0; y < height; y++) {
    const rowBase = (y + r) * pStride + r * 3;
    for (let x = 0; x < width; x++) {
      const centre = rowBase + x * 3;
      const r0 = src[centre]!, g0 = src[centre + 1]!, b0 = src[centre + 2]!;
      let sr = 0, sg = 0, sb = 0, wsum = 0;
      for (let k = 0; k < nk; k++) {
        const o = centre + so[k]!;
        const rv = src[o]!, gv = src[o + 1]!, bv = src[o + 2]!;
        let alpha = Math.fround((Math.abs(rv - r0) + Math.abs(gv - g0) + Math.abs(bv - b0)) * scaleIndex);
        const idx = Math.floor(alpha);
        alpha -= idx;
        const w = sw[k]! * (lut[idx]! + alpha * (lut[idx + 1]! - lut[idx]!));
        sr += rv * w;
        sg += gv * w;
        sb += bv * w;
        wsum += w;
      }
      const d = (y * width + x) * 3;
      out[d] = sr / wsum;
      out[d + 1] = sg / wsum;
      out[d + 2] = sb / wsum;
    }
  }
}
