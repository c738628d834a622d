import type { Image } from "../core/image";
import { assertUnreachable } from "../core/errors";
import { checkImage, checkNumber, checkOddPositiveInt, checkOneOf } from "../core/validate";

/** How {@link adaptive} computes each pixel's local threshold: box mean or Gaussian-weighted mean. */
export const AdaptiveMethod = { mean: "mean", gaussian: "gaussian" } as const;
export type AdaptiveMethod = (typeof AdaptiveMethod)[keyof typeof AdaptiveMethod];
const ADAPTIVE_METHODS = Object.values(AdaptiveMethod);

/** Options of {@link adaptive}. */
export interface AdaptiveOptions {
  /** Odd side of the square neighbourhood, ≥ 3. @default 11 */
  blockSize?: number;
  /** Constant subtracted from the local mean, in 0–255 grey levels (OpenCV's `C`). @default 2 */
  C?: number;
  /** Local mean: `mean` (ADAPTIVE_THRESH_MEAN_C) or `gaussian` (ADAPTIVE_THRESH_GAUSSIAN_C). @default "mean" */
  method?: AdaptiveMethod;
  /** Foreground = pixels darker than their surroundings (THRESH_BINARY_INV). @default false */
  inverse?: boolean;
}

/** Round half to even, like OpenCV's cvRound. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Adaptive (local) threshold with the 8-bit semantics of `cv.adaptiveThreshold`: levels
 * `q = round(v·255)`; local mean `m` over a blockSize² window with replicated borders — the
 * 8-bit box mean (`round(sum/area)`) for `mean`, or the Gaussian-weighted mean (σ from
 * `getGaussianKernel(blockSize, 0)`, rounded to 8 bits) for `gaussian`; output
 * `q > m − ⌈C⌉ ? 1 : 0`, or with `inverse` `q ≤ m − ⌊C⌋ ? 1 : 0`. C is in grey levels (0–255).
 * @example const ink = adaptive(page, { blockSize: 25, C: 10, inverse: true });
 * @see Gonzalez & Woods, Digital Image Processing (4th ed.), §10.3.7 (variable thresholding).
 */
export function adaptive(image: Image, options: AdaptiveOptions = {}): Image {
  const { blockSize = 11, C = 2, method = "mean", inverse = false } = options;
  checkImage(image, { channels: 1 }, "image");
  checkOddPositiveInt(blockSize, "options.blockSize");
  checkNumber(blockSize, "options.blockSize", { min: 3 });
  checkNumber(C, "options.C");
  checkOneOf(method, ADAPTIVE_METHODS, "options.method");
  const { width, height, data: src } = image;
  const n = width * height;
  const levels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const x = src[i]! * 255 + 0.5;
    levels[i] = x >= 255 ? 255 : x > 0 ? x | 0 : 0;
  }
  // OpenCV: dst = tab[q − m + 255] with tab = (q − m > −idelta) for BINARY (idelta = ⌈C⌉),
  // (q − m ≤ −idelta) for BINARY_INV (idelta = ⌊C⌋); i.e. on ⇔ q − m ≥ lo, lo = 1 − ⌈C⌉ (binary).
  const data = new Float32Array(n);
  const lo = inverse ? 0 : 1 - Math.ceil(C);
  const hi = inverse ? -Math.floor(C) : 0;
  switch (method) {
    case "mean":
      boxMeanThreshold(levels, data, width, height, blockSize, inverse, lo, hi);
      break;
    case "gaussian": {
      const mean = new Uint8Array(n);
      gaussianMean8(levels, mean, width, height, blockSize);
      if (!inverse) for (let i = 0; i < n; i++) data[i] = levels[i]! - mean[i]! >= lo ? 1 : 0;
      else for (let i = 0; i < n; i++) data[i] = levels[i]! - mean[i]! <= hi ? 1 : 0;
      break;
    }
    default:
      assertUnreachable(method, "options.method");
  }
  return { width, height, channels: 1, data };
}

/** Clamp an index into [0, n − 1] (BORDER_REPLICATE). */
function clampIndex(i: number, n: number): number {
  return i < 0 ? 0 : i >= n ? n - 1 : i;
}

/**
 * 8-bit box mean (`round(sum/area)`, replicated borders) fused with the comparison: running
 * column sums slide down the image, a running sum over them slides along each row; no
 * full-size scratch besides the levels.
 */
function boxMeanThreshold(
  src: Uint8Array, dst: Float32Array, width: number, height: number, k: number, inverse: boolean, lo: number, hi: number,
): void {
  const r = k >> 1;
  const area = k * k;
  const twoArea = 2 * area;
  const col = new Int32Array(width);
  for (let dy = -r; dy <= r; dy++) {
    const row = clampIndex(dy, height) * width;
    for (let x = 0; x < width; x++) col[x] += src[row + x]!;
  }
  // column sums with a replicated border of r on each side
  const pad = new Int32Array(width + 2 * r + 1);
  for (let y = 0; y < height; y++) {
    for (let x = -r; x < width + r; x++) pad[x + r] = col[clampIndex(x, width)]!;
    const out = y * width;
    let s = 0;
    for (let j = 0; j < k; j++) s += pad[j]!;
    // round(s / area): area is odd, so no exact ties
    if (!inverse) {
      for (let x = 0; x < width; x++) {
        const m = ((2 * s + area) / twoArea) | 0;
        dst[out + x] = src[out + x]! - m >= lo ? 1 : 0;
        s += pad[x + k]! - pad[x]!;
      }
    } else {
      for (let x = 0; x < width; x++) {
        const m = ((2 * s + area) / twoArea) | 0;
        dst[out + x] = src[out + x]! - m <= hi ? 1 : 0;
        s += pad[x + k]! - pad[x]!;
      }
    }
    if (y + 1 < height) {
      const add = clampIndex(y + r + 1, height) * width;
      const sub = clampIndex(y - r, height) * width;
      for (let x = 0; x < width; x++) col[x] += src[add + x]! - src[sub + x]!;
    }
  }
}

/** OpenCV's fixed small kernels for sigma ≤ 0 and ksize ≤ 7 (getGaussianKernel's small_gaussian_tab). */
const SMALL_GAUSSIAN: Record<number, readonly number[]> = {
  1: [1],
  3: [0.25, 0.5, 0.25],
  5: [0.0625, 0.25, 0.375, 0.25, 0.0625],
  7: [0.03125, 0.109375, 0.21875, 0.28125, 0.21875, 0.109375, 0.03125],
};

/** `cv.getGaussianKernel(k, 0, CV_32F)`: σ = 0.3·((k − 1)/2 − 1) + 0.8, float32 weights summing to 1. */
function gaussianKernel32(k: number): Float32Array {
  const small = SMALL_GAUSSIAN[k];
  if (small) return Float32Array.from(small);
  const sigma = 0.3 * ((k - 1) * 0.5 - 1) + 0.8;
  const scale2 = -0.5 / (sigma * sigma);
  const w = new Float32Array(k);
  let sum = 0;
  for (let i = 0; i < k; i++) {
    const x = i - (k - 1) * 0.5;
    w[i] = Math.exp(scale2 * x * x);
    sum += w[i]!;
  }
  const inv = 1 / sum;
  for (let i = 0; i < k; i++) w[i] = w[i]! * inv;
  return w;
}

/** Separable Gaussian of 8-bit levels in float (replicated borders), rounded half-even to 8 bits. */
function gaussianMean8(src: Uint8Array, dst: Uint8Array, width: number, height: number, k: number): void {
  const w = gaussianKernel32(k);
  const r = k >> 1;
  const tmp = new Float32Array(width * height);
  const pad = new Float32Array(width + 2 * r);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = -r; x < width + r; x++) pad[x + r] = src[row + clampIndex(x, width)]!;
    for (let x = 0; x < width; x++) {
      let s = 0;
      for (let j = 0; j < k; j++) s += w[j]! * pad[x + j]!;
      tmp[row + x] = s;
    }
  }
  const acc = new Float64Array(width);
  for (let y = 0; y < height; y++) {
    acc.fill(0);
    for (let j = 0; j < k; j++) {
      const row = clampIndex(y + j - r, height) * width;
      const wj = w[j]!;
      for (let x = 0; x < width; x++) acc[x] += wj * tmp[row + x]!;
    }
    const out = y * width;
    for (let x = 0; x < width; x++) {
      const v = roundHalfEven(Math.fround(acc[x]!));
      dst[out + x] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
}
