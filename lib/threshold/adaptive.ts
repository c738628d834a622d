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
  const mean = new Uint8Array(n);
  switch (method) {
    case "mean":
      boxMean8(levels, mean, width, height, blockSize);
      break;
    case "gaussian":
      gaussianMean8(levels, mean, width, height, blockSize);
      break;
    default:
      assertUnreachable(method, "options.method");
  }
  // OpenCV: tab[q − m + 255] = (q − m > −idelta) for BINARY, (q − m ≤ −idelta) for BINARY_INV
  const data = new Float32Array(n);
  if (!inverse) {
    const idelta = Math.ceil(C);
    for (let i = 0; i < n; i++) data[i] = levels[i]! - mean[i]! > -idelta ? 1 : 0;
  } else {
    const idelta = Math.floor(C);
    for (let i = 0; i < n; i++) data[i] = levels[i]! - mean[i]! <= -idelta ? 1 : 0;
  }
  return { width, height, channels: 1, data };
}

/** Clamp an index into [0, n − 1] (BORDER_REPLICATE). */
function clampIndex(i: number, n: number): number {
  return i < 0 ? 0 : i >= n ? n - 1 : i;
}

/** 8-bit box mean with replicated borders: horizontal running sums, then vertical running sums. */
function boxMean8(src: Uint8Array, dst: Uint8Array, width: number, height: number, k: number): void {
  const r = k >> 1;
  const area = k * k;
  const rowSum = new Int32Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let s = 0;
    for (let dx = -r; dx <= r; dx++) s += src[row + clampIndex(dx, width)]!;
    rowSum[row] = s;
    for (let x = 1; x < width; x++) {
      s += src[row + clampIndex(x + r, width)]! - src[row + clampIndex(x - r - 1, width)]!;
      rowSum[row + x] = s;
    }
  }
  const col = new Int32Array(width);
  for (let dy = -r; dy <= r; dy++) {
    const row = clampIndex(dy, height) * width;
    for (let x = 0; x < width; x++) col[x] += rowSum[row + x]!;
  }
  const twoArea = 2 * area;
  for (let y = 0; y < height; y++) {
    const out = y * width;
    // round(s / area): area is odd, so no exact ties
    for (let x = 0; x < width; x++) dst[out + x] = ((2 * col[x]! + area) / twoArea) | 0;
    if (y + 1 < height) {
      const add = clampIndex(y + r + 1, height) * width;
      const sub = clampIndex(y - r, height) * width;
      for (let x = 0; x < width; x++) col[x] += rowSum[add + x]! - rowSum[sub + x]!;
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
