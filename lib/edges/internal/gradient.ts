import type { Image } from "../../core/image";
import type { BorderMode } from "../border";
import { borderIndex } from "../../filters/border";
import { separablePair } from "./separable";

/** The four images every gradient operator returns. */
export interface GradientResult {
  /** ∂I/∂x (right minus left), same units as the input times the kernel gain. */
  gx: Image;
  /** ∂I/∂y (down minus up; y grows down). */
  gy: Image;
  /** √(gx² + gy²). */
  magnitude: Image;
  /** Gradient direction atan2(gy, gx) in degrees, [0, 360), like `cv.phase(gx, gy, angleInDegrees=true)`. */
  angle: Image;
}

const DEG = 180 / Math.PI;
const P1 = 0.9997878412794807 * DEG;
const P3 = -0.3258083974640975 * DEG;
const P5 = 0.1555786518463281 * DEG;
const P7 = -0.04432655554792128 * DEG;
const EPS = 2.220446049250313e-16;

/**
 * Fill magnitude and angle (OpenCV's fastAtan2, inlined) for indices [start, end). Internal.
 * Branch-free (signs and octants of real gradients are noise to a branch predictor): each
 * `cond ? u : v` of the textbook form is an exact blend `k·u + (1−k)·v`-style expression or a pick
 * from a 2-slot scratch, so every value is bit-identical to the branchy form.
 */
export function polar(gx: Float32Array, gy: Float32Array, mag: Float32Array, ang: Float32Array, start = 0, end = gx.length): void {
  const t = new Float64Array(2);
  for (let i = start; i < end; i++) {
    const x = gx[i]!, y = gy[i]!;
    mag[i] = Math.sqrt(x * x + y * y);
    ang[i] = angleDeg(x, y, t);
  }
}

/**
 * fastAtan2(y, x) in degrees, [0, 360): with k = (|x| ≥ |y|), c = min/(max + ε) picked from the
 * scratch `t`; a = k ? p(c) : 90 − p(c); then 180 − a when x < 0, 360 − a when y < 0. Each select
 * is `s·u + (1 − 2s)·v`-exact: adding 0 or multiplying by ±1 does not round.
 */
function angleDeg(x: number, y: number, t: Float64Array): number {
  const ax = Math.abs(x), ay = Math.abs(y);
  const k = +(ax >= ay);
  t[0] = ax;
  t[1] = ay;
  const c = t[k]! / (t[1 - k]! + EPS);
  const c2 = c * c;
  const p = (((P7 * c2 + P5) * c2 + P3) * c2 + P1) * c;
  let a = 90 * (1 - k) + (2 * k - 1) * p;
  const sx = +(x < 0), sy = +(y < 0);
  a = 180 * sx + (1 - 2 * sx) * a;
  a = 360 * sy + (1 - 2 * sy) * a;
  return a >= 360 ? a - 360 : a;
}

/**
 * 3-tap kernels: one sweep over the rows, the vertical pass of row y into two padded row buffers
 * (same float32 arithmetic as {@link separablePair}), then the horizontal pass with the three taps
 * in registers, fused with magnitude and angle, so gx/gy are never re-read.
 */
function gradient3(src: Float32Array, width: number, height: number, smooth: number[], deriv: number[], border: BorderMode, gx: Float32Array, gy: Float32Array, mag: Float32Array, ang: Float32Array): void {
  const rowA = new Float32Array(width + 2), rowB = new Float32Array(width + 2);
  const t = new Float64Array(2);
  const s0 = smooth[0]!, s1 = smooth[1]!, s2 = smooth[2]!;
  const d0 = deriv[0]!, d1 = deriv[1]!, d2 = deriv[2]!;
  const li = borderIndex(-1, width, border), ri = borderIndex(width, width, border);
  for (let y = 0; y < height; y++) {
    const r0 = borderIndex(y - 1, height, border), r2 = borderIndex(y + 1, height, border);
    const o1 = y * width;
    // vertical: A = smooth (for gx), B = derivative (for gy)
    if (r0 >= 0 && r2 >= 0) {
      const o0 = r0 * width, o2 = r2 * width;
      for (let x = 0; x < width; x++) {
        const v0 = src[o0 + x]!, v1 = src[o1 + x]!, v2 = src[o2 + x]!;
        rowA[x + 1] = s0 * v0 + s1 * v1 + s2 * v2;
        rowB[x + 1] = d0 * v0 + d1 * v1 + d2 * v2;
      }
    } else {
      // a row outside a constant border: accumulate tap by tap in float32, as separablePair does
      rowA.fill(0);
      rowB.fill(0);
      const rows = [r0, y, r2], ca = [s0, s1, s2], cb = [d0, d1, d2];
      for (let k = 0; k < 3; k++) {
        const r = rows[k]!;
        if (r < 0) continue;
        const o = r * width, a = ca[k]!, b = cb[k]!;
        for (let x = 0; x < width; x++) {
          const v = src[o + x]!;
          rowA[x + 1] += a * v;
          rowB[x + 1] += b * v;
        }
      }
    }
    rowA[0] = li < 0 ? 0 : rowA[li + 1]!;
    rowB[0] = li < 0 ? 0 : rowB[li + 1]!;
    rowA[width + 1] = ri < 0 ? 0 : rowA[ri + 1]!;
    rowB[width + 1] = ri < 0 ? 0 : rowB[ri + 1]!;
    // horizontal: gx = deriv ⋆ A, gy = smooth ⋆ B, then polar
    let pA = rowA[0]!, cA = rowA[1]!, pB = rowB[0]!, cB = rowB[1]!;
    for (let x = 0; x < width; x++) {
      const nA = rowA[x + 2]!, nB = rowB[x + 2]!;
      const X = Math.fround(d0 * pA + d1 * cA + d2 * nA);
      const Y = Math.fround(s0 * pB + s1 * cB + s2 * nB);
      pA = cA; cA = nA; pB = cB; cB = nB;
      const i = o1 + x;
      gx[i] = X;
      gy[i] = Y;
      mag[i] = Math.sqrt(X * X + Y * Y);
      ang[i] = angleDeg(X, Y, t);
    }
  }
}

/** Internal: gradients with a given smoothing/derivative kernel pair (used by sobel and scharr). */
export function gradientWith(image: Image, smooth: number[], deriv: number[], border: BorderMode): GradientResult {
  const { width, height } = image;
  const n = width * height;
  const buffer = new ArrayBuffer(16 * n); // one allocation for the four planes
  const gx = new Float32Array(buffer, 0, n), gy = new Float32Array(buffer, 4 * n, n);
  const mag = new Float32Array(buffer, 8 * n, n), ang = new Float32Array(buffer, 12 * n, n);
  if (smooth.length === 3) gradient3(image.data, width, height, smooth, deriv, border, gx, gy, mag, ang);
  // gx: smooth vertically, differentiate horizontally; gy: the other way round; polar row by row while in cache.
  else separablePair(image.data, width, height, smooth, deriv, deriv, smooth, border, gx, gy, (s, e) => polar(gx, gy, mag, ang, s, e));
  const wrap = (data: Float32Array): Image => ({ width, height, channels: 1, data });
  return { gx: wrap(gx), gy: wrap(gy), magnitude: wrap(mag), angle: wrap(ang) };
}
