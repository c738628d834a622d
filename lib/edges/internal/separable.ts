import type { BorderMode } from "../border";
import { borderIndex } from "../../filters/border";

/**
 * Two separable correlations of one single-channel plane in a single sweep over the source rows:
 * `outA = (colA ⊗ rowA) ⋆ src`, `outB = (colB ⊗ rowB) ⋆ src` (vertical kernel first, then
 * horizontal; correlation like cv.sepFilter2D). All kernels have the same odd length. `outB` may be
 * null. Scratch: two padded rows, allocated once per call. Internal: trusts its inputs.
 */
export function separablePair(
  src: Float32Array,
  width: number,
  height: number,
  colA: readonly number[],
  rowA: readonly number[],
  colB: readonly number[] | null,
  rowB: readonly number[] | null,
  border: BorderMode,
  outA: Float32Array,
  outB: Float32Array | null,
  onRow?: (start: number, end: number) => void,
): void {
  const k = colA.length;
  const r = k >> 1;
  const padded = width + 2 * r;
  const rowBufA = new Float32Array(padded);
  const rowBufB = new Float32Array(padded);
  const srcRows = new Int32Array(k);
  const leftIdx = new Int32Array(r);
  const rightIdx = new Int32Array(r);
  for (let j = 0; j < r; j++) {
    leftIdx[j] = borderIndex(j - r, width, border);
    rightIdx[j] = borderIndex(width + j, width, border);
  }
  const hasB = outB !== null && colB !== null && rowB !== null;
  const three = k === 3;
  for (let y = 0; y < height; y++) {
    for (let t = 0; t < k; t++) {
      const sy = borderIndex(y + t - r, height, border);
      srcRows[t] = sy < 0 ? -1 : sy * width;
    }
    // vertical pass into the padded row buffers
    if (three && srcRows[0]! >= 0 && srcRows[2]! >= 0) {
      const o0 = srcRows[0]!, o1 = srcRows[1]!, o2 = srcRows[2]!;
      const a0 = colA[0]!, a1 = colA[1]!, a2 = colA[2]!;
      if (hasB) {
        const b0 = colB![0]!, b1 = colB![1]!, b2 = colB![2]!;
        for (let x = 0; x < width; x++) {
          const v0 = src[o0 + x]!, v1 = src[o1 + x]!, v2 = src[o2 + x]!;
          rowBufA[x + 1] = a0 * v0 + a1 * v1 + a2 * v2;
          rowBufB[x + 1] = b0 * v0 + b1 * v1 + b2 * v2;
        }
      } else {
        for (let x = 0; x < width; x++) rowBufA[x + 1] = a0 * src[o0 + x]! + a1 * src[o1 + x]! + a2 * src[o2 + x]!;
      }
    } else {
      rowBufA.fill(0);
      if (hasB) rowBufB.fill(0);
      for (let t = 0; t < k; t++) {
        const o = srcRows[t]!;
        if (o < 0) continue;
        const a = colA[t]!;
        const b = hasB ? colB![t]! : 0;
        if (hasB) {
          for (let x = 0; x < width; x++) {
            const v = src[o + x]!;
            rowBufA[x + r] += a * v;
            rowBufB[x + r] += b * v;
          }
        } else {
          for (let x = 0; x < width; x++) rowBufA[x + r] += a * src[o + x]!;
        }
      }
    }
    for (let j = 0; j < r; j++) {
      const li = leftIdx[j]!, ri = rightIdx[j]!;
      rowBufA[j] = li < 0 ? 0 : rowBufA[li + r]!;
      rowBufA[r + width + j] = ri < 0 ? 0 : rowBufA[ri + r]!;
      if (hasB) {
        rowBufB[j] = li < 0 ? 0 : rowBufB[li + r]!;
        rowBufB[r + width + j] = ri < 0 ? 0 : rowBufB[ri + r]!;
      }
    }
    // horizontal pass
    const o = y * width;
    if (three) {
      const a0 = rowA[0]!, a1 = rowA[1]!, a2 = rowA[2]!;
      for (let x = 0; x < width; x++) outA[o + x] = a0 * rowBufA[x]! + a1 * rowBufA[x + 1]! + a2 * rowBufA[x + 2]!;
      if (hasB) {
        const b0 = rowB![0]!, b1 = rowB![1]!, b2 = rowB![2]!;
        for (let x = 0; x < width; x++) outB![o + x] = b0 * rowBufB[x]! + b1 * rowBufB[x + 1]! + b2 * rowBufB[x + 2]!;
      }
    } else {
      for (let x = 0; x < width; x++) {
        let s = 0;
        for (let t = 0; t < k; t++) s += rowA[t]! * rowBufA[x + t]!;
        outA[o + x] = s;
      }
      if (hasB) {
        for (let x = 0; x < width; x++) {
          let s = 0;
          for (let t = 0; t < k; t++) s += rowB![t]! * rowBufB[x + t]!;
          outB![o + x] = s;
        }
      }
    }
    if (onRow) onRow(o, o + width);
  }
}

/**
 * OpenCV's `getSobelKernels` 1-D kernel: binomial smoothing of length `size` differentiated
 * `order` times (size 1 with order ≥ 1 means the 3-tap [−1 0 1]/[1 −2 1]).
 */
export function sobelKernel1d(size: number, order: number): number[] {
  let ksize = size;
  if (ksize === 1 && order > 0) ksize = 3;
  if (size === 1 && order === 0) return [0, 1, 0];
  const ker = new Array<number>(ksize + 1).fill(0);
  ker[0] = 1;
  for (let i = 0; i < ksize - order - 1; i++) {
    let old = ker[0]!;
    for (let j = 1; j <= ksize; j++) {
      const nv = ker[j]! + ker[j - 1]!;
      ker[j - 1] = old;
      old = nv;
    }
  }
  for (let i = 0; i < order; i++) {
    let old = -ker[0]!;
    for (let j = 1; j <= ksize; j++) {
      const nv = ker[j - 1]! - ker[j]!;
      ker[j - 1] = old;
      old = nv;
    }
  }
  return ker.slice(0, ksize);
}

/** The Gaussian kernel OpenCV builds for `sigma` (size `2·round(3σ)+1` like cv.GaussianBlur on 8-bit input). */
export function gaussianKernel1d(sigma: number): number[] {
  const size = Math.max(1, Math.round(sigma * 3) * 2 + 1);
  const r = size >> 1;
  const k: number[] = [];
  let sum = 0;
  for (let i = -r; i <= r; i++) {
    const v = Math.exp(-(i * i) / (2 * sigma * sigma));
    k.push(v);
    sum += v;
  }
  return k.map((v) => v / sum);
}

/** OpenCV's fastAtan2 polynomial (degrees in [0, 360), error below 0.01°). */
export function fastAtan2Deg(y: number, x: number): number {
  const ax = Math.abs(x), ay = Math.abs(y);
  let a: number;
  if (ax >= ay) {
    const c = ay / (ax + 2.220446049250313e-16);
    const c2 = c * c;
    a = (((P7 * c2 + P5) * c2 + P3) * c2 + P1) * c;
  } else {
    const c = ax / (ay + 2.220446049250313e-16);
    const c2 = c * c;
    a = 90 - (((P7 * c2 + P5) * c2 + P3) * c2 + P1) * c;
  }
  if (x < 0) a = 180 - a;
  if (y < 0) a = 360 - a;
  return a >= 360 ? a - 360 : a;
}
const DEG = 180 / Math.PI;
const P1 = 0.9997878412794807 * DEG;
const P3 = -0.3258083974640975 * DEG;
const P5 = 0.1555786518463281 * DEG;
const P7 = -0.04432655554792128 * DEG;
