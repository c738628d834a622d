import type { Image } from "../core/image";
import { ArgumentRangeError } from "../core/errors";
import { checkImage, checkNumber } from "../core/validate";
import { gaussianKernel1d, separablePair, sobelKernel1d } from "./internal/separable";

/** Options of {@link canny}. */
export interface CannyOptions {
  /** Weak threshold, in cv.Canny's units: gradient of 0–255 values (|gx|+|gy| of a 3×3 Sobel, or √(gx²+gy²) with `l2gradient`). @default 50 */
  low?: number;
  /** Strong threshold, same units. When low > high they are swapped, like cv.Canny. @default 150 */
  high?: number;
  /** Gaussian smoothing σ (pixels) applied first; 0 means none (cv.Canny itself does not smooth). @default 0 */
  sigma?: number;
  /** Use √(gx²+gy²) instead of |gx|+|gy| (cv.Canny's `L2gradient`). @default false */
  l2gradient?: boolean;
  /** Sobel aperture (cv.Canny's `apertureSize`): 3, 5 or 7. @default 3 */
  apertureSize?: 3 | 5 | 7;
}

// tan(22.5°)·2^15 rounded, as in OpenCV's canny.cpp
const TG22 = 13573;
const SHIFT = 32768;

/**
 * Canny edge detector, matching `cv.Canny(src8u, low, high, apertureSize, L2gradient)`: the input
 * (values in [0, 1]) is optionally blurred with σ, then quantised to 8-bit values round(255·v);
 * Sobel gradients with replicated borders (as cv.Canny), non-maximum suppression with OpenCV's
 * tangent sectors and tie rule, and 8-connected hysteresis. Thresholds are in the units of
 * gradients of 0–255 values, so the same numbers work here and in OpenCV.
 * Differences from OpenCV: the result is 1 on edges (not 255), 0 elsewhere.
 * @example const e = edges.canny(grey, { low: 50, high: 150 });
 * @see J. Canny, "A computational approach to edge detection", IEEE PAMI 8(6), 1986.
 */
export function canny(image: Image, options: CannyOptions = {}): Image {
  const { low: low0 = 50, high: high0 = 150, sigma = 0, l2gradient = false, apertureSize = 3 } = options;
  checkImage(image, { channels: 1 }, "image");
  checkNumber(low0, "options.low", { min: 0 });
  checkNumber(high0, "options.high", { min: 0 });
  checkNumber(sigma, "options.sigma", { min: 0 });
  if (apertureSize !== 3 && apertureSize !== 5 && apertureSize !== 7) {
    throw new ArgumentRangeError("options.apertureSize", `expected 3, 5 or 7, got ${String(apertureSize)}`);
  }
  let lowT = Math.min(low0, high0), highT = Math.max(low0, high0);
  if (l2gradient) {
    lowT = Math.min(32767, lowT);
    highT = Math.min(32767, highT);
    lowT *= lowT;
    highT *= highT;
  }
  const low = Math.floor(lowT), high = Math.floor(highT);
  const { width: w, height: h } = image;
  const n = w * h;

  // 1. optional blur, then 8-bit quantisation
  let src = image.data;
  const out = new Float32Array(n); // the blurred input when sigma > 0, at the end the edge map
  if (sigma > 0) {
    const k = gaussianKernel1d(sigma);
    separablePair(src, w, h, k, k, null, null, "reflect101", out, null);
    src = out;
  }
  if (apertureSize === 3 && LITTLE_ENDIAN) {
    // 8-bit levels, rows padded to a multiple of 4 bytes (qs) for 32-bit access. Without blur they
    // live in the output's buffer (dead before the edge map is written); the blurred floats there
    // must survive a fallback to the float path.
    const qs = (w + 3) & ~3;
    const q32 = src === out ? new Uint32Array((qs >> 2) * h) : new Uint32Array(out.buffer, out.byteOffset, (qs >> 2) * h);
    const q = new Uint8Array(q32.buffer, q32.byteOffset, qs * h);
    if (quantizeRows(src, w, h, q32, q, qs)) {
      canny3(q32, q, qs, w, h, low, high, l2gradient, out);
      return { width: w, height: h, channels: 1, data: out };
    }
  }
  cannyFloat(src, w, h, low, high, l2gradient, apertureSize, out);
  return { width: w, height: h, channels: 1, data: out };
}

/** One value's 8-bit level for {@link quantizeRound8}, outside the fast range; NaN gives −1. */
function level8(x: number): number {
  return x > 0 ? (x < 255 ? x | 0 : 255) : x !== x ? -1 : 0;
}

/**
 * round(255·v) clamped to 0–255, row y of the w×h `src` into bytes y·qs … of `q` (`q32` views the
 * same bytes; qs is a multiple of 4), with `x = v·255 + 0.5` truncated: v·255 is exact in double
 * for a float32 v, so ⌊v·255 + 0.5⌋ is exactly `Math.round(v·255)` (halves up). Four values per
 * step with one range test and one 32-bit store (little-endian). Returns false when a NaN was met:
 * the float path then runs and keeps its NaN semantics (a NaN pixel is neither an edge nor a
 * maximum's rival).
 */
function quantizeRows(src: Float32Array, w: number, h: number, q32: Uint32Array, q: Uint8Array, qs: number): boolean {
  const w4 = w & ~3;
  let ok = true;
  for (let y = 0; y < h; y++) {
    const si = y * w, qi = y * qs;
    for (let x = 0; x < w4; x += 4) {
      const i = si + x;
      const x0 = src[i]! * 255 + 0.5, x1 = src[i + 1]! * 255 + 0.5, x2 = src[i + 2]! * 255 + 0.5, x3 = src[i + 3]! * 255 + 0.5;
      if (x0 > 0 && x0 < 255 && x1 > 0 && x1 < 255 && x2 > 0 && x2 < 255 && x3 > 0 && x3 < 255) {
        q32[(qi + x) >> 2] = (x0 | 0) | ((x1 | 0) << 8) | ((x2 | 0) << 16) | ((x3 | 0) << 24);
      } else {
        for (let k = 0; k < 4; k++) {
          const v = level8(src[i + k]! * 255 + 0.5);
          if (v < 0) ok = false;
          else q[qi + x + k] = v;
        }
      }
    }
    for (let x = w4; x < w; x++) {
      const v = level8(src[si + x]! * 255 + 0.5);
      if (v < 0) ok = false;
      else q[qi + x] = v;
    }
  }
  return ok;
}

/** Rows of the magnitude window per block (plus the two rows around them). */
const BLOCK_ROWS = 32;
/** tan(67.5°)·2^15 = TG22 + 2·2^15: the vertical sector starts there. */
const TG67 = TG22 + 2 * SHIFT;

/**
 * Canny on 8-bit levels with the 3×3 Sobel, integer arithmetic, running rows: gradients are
 * computed for a block of rows into a small window (magnitude·4 + direction sector packed in one
 * int32), then the block is suppressed, so gx, gy and the magnitude never exist as whole images.
 * Every quantity is an integer well inside int32 (|g| ≤ 1020, g² sums ≤ 2 080 800, packed ≤ 2^23),
 * so the result equals the float path's bit for bit. Levels and map cells are read and written
 * four per 32-bit access where rows allow (fewer typed-array accesses: each costs bounds and, once
 * any ArrayBuffer in the process was detached — OpenCV-wasm's memory growth does that — detach
 * checks). Writes 1/0 into `out`. Little-endian only (the caller checks).
 */
function canny3(q32: Uint32Array, q: Uint8Array, qs: number, w: number, h: number, low: number, high: number, l2: boolean, out: Float32Array): void {
  const n = w * h;
  const ws = w + 2;
  const rows = Math.min(BLOCK_ROWS, h);
  // thresholds as int32 for the sign-bit tests: magnitudes are < 2^22, so clamping keeps every m > t
  const lowI = Math.min(low, 1 << 24), highI = Math.min(high, 1 << 24);
  // window row b holds image row base + b − 1, zero in its first and last column
  const win = new Int32Array((rows + 2) * ws);
  // NMS map, bordered like OpenCV's: 0 = weak candidate, 1 = not an edge, 2 = edge. Row r of the
  // map (image row r − 1) starts at r·ms, its pixels at r·ms + 4 (4-aligned), its frame cells at
  // r·ms + 3 and r·ms + 4 + w; rows 0 and h + 1 are frame rows.
  const ms = (w + 8) & ~3;
  const map = new Uint8Array(ms * (h + 2));
  const map32 = new Uint32Array(map.buffer, map.byteOffset, map.length >> 2);
  map.fill(1, 0, ms);
  map.fill(1, (h + 1) * ms);
  for (let base = 0; base < h; base += rows) {
    const end = Math.min(h, base + rows);
    // window rows 0, 1 hold image rows base − 1, base (zero / copied); fill rows 2 … up to image row `end`
    for (let y = base === 0 ? 0 : base + 1; y <= end; y++) {
      const b = (y - base + 1) * ws;
      if (y < h) gradientRow3(q32, q, qs, w, h, y, win, b + 1, l2);
      else win.fill(0, b, b + ws);
    }
    for (let y = base; y < end; y++) {
      const mo = (y + 1) * ms + 4;
      suppressRow(win, (y - base + 1) * ws + 1, w, ws, lowI, highI, map32, map, mo);
      map[mo - 1] = 1; // the frame columns
      map[mo + w] = 1;
    }
    win.copyWithin(0, (end - base) * ws, (end - base + 2) * ws); // image rows end − 1, end
  }
  // strong pixels (cells 2: bit 1 of a byte), in raster order, seed the hysteresis
  const w4 = w & ~3;
  let stack = new Int32Array(Math.max(1024, Math.min(n, 4 * w))); // grows when needed
  let sp = 0;
  for (let y = 0; y < h; y++) {
    const mo = (y + 1) * ms + 4;
    if (stack.length - sp < w) stack = grown(stack, sp + w, n);
    for (let x = 0, k = mo >> 2; x < w4; x += 4, k++) {
      const v = map32[k]!;
      if ((v & 0x02020202) === 0) continue;
      if (v & 0x02) stack[sp++] = mo + x;
      if (v & 0x0200) stack[sp++] = mo + x + 1;
      if (v & 0x020000) stack[sp++] = mo + x + 2;
      if (v & 0x02000000) stack[sp++] = mo + x + 3;
    }
    for (let x = w4; x < w; x++) if (map[mo + x] === 2) stack[sp++] = mo + x;
  }
  hysteresisMap(map, ms, stack, sp, n);
  // edge map: 1.0 where the map holds 2 (bit 1), four cells per 32-bit load, written as bit patterns
  const out32 = new Int32Array(out.buffer, out.byteOffset, n);
  for (let y = 0; y < h; y++) {
    const o = y * w, mo = (y + 1) * ms + 4;
    for (let x = 0, k = mo >> 2; x < w4; x += 4, k++) {
      const v = map32[k]!;
      out32[o + x] = -((v >>> 1) & 1) & ONE_BITS;
      out32[o + x + 1] = -((v >>> 9) & 1) & ONE_BITS;
      out32[o + x + 2] = -((v >>> 17) & 1) & ONE_BITS;
      out32[o + x + 3] = -((v >>> 25) & 1) & ONE_BITS;
    }
    for (let x = w4; x < w; x++) out[o + x] = map[mo + x]! >> 1;
  }
}

/** The bit pattern of 1.0f. */
const ONE_BITS = 0x3f800000;
/** Whether typed arrays are little-endian here (byte k of a 32-bit load is bits 8k…8k+7). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Sobel 3×3 (replicated borders) of row y of the 8-bit levels (`q`, rows of `qs` bytes; `q32` the
 * same bytes as words), written at `m0` of `win` as `magnitude·4 + sector`: magnitude |gx| + |gy|
 * (gx² + gy² when `l2`); sector by OpenCV's integer tangent test — 0 horizontal
 * (|gy| < tan 22.5°·|gx|), 1 vertical (|gy| > tan 67.5°·|gx|), else 2 when gx, gy have the same sign
 * (neighbours ↖ ↘), 3 otherwise (↗ ↙). Columns come four at a time from one word of each of the
 * three rows; output x is written once column x + 1 is known.
 */
function gradientRow3(q32: Uint32Array, q: Uint8Array, qs: number, w: number, h: number, y: number, win: Int32Array, m0: number, l2: boolean): void {
  const r0 = (y > 0 ? y - 1 : 0) * qs, r1 = y * qs, r2 = (y < h - 1 ? y + 1 : y) * qs;
  const nw = w >> 2;
  // sums of the columns x − 1 (sA, dA) and x (sB, dB) still waiting for their right neighbour;
  // smooth s = a + 2b + c and derivative d = c − a down the column
  let sA: number, dA: number, sB: number, dB: number;
  let x = 0; // next column to write
  if (nw > 0) {
    const k0 = r0 >> 2, k1 = r1 >> 2, k2 = r2 >> 2;
    let a = q32[k0]!, b = q32[k1]!, c = q32[k2]!;
    let a0 = a & 255, c0 = c & 255;
    let s0 = a0 + 2 * (b & 255) + c0, d0 = c0 - a0;
    a0 = (a >>> 8) & 255;
    c0 = (c >>> 8) & 255;
    let s1 = a0 + 2 * ((b >>> 8) & 255) + c0, d1 = c0 - a0;
    a0 = (a >>> 16) & 255;
    c0 = (c >>> 16) & 255;
    let s2 = a0 + 2 * ((b >>> 16) & 255) + c0, d2 = c0 - a0;
    a0 = a >>> 24;
    c0 = c >>> 24;
    let s3 = a0 + 2 * (b >>> 24) + c0, d3 = c0 - a0;
    win[m0] = gradientCell(s1 - s0, d0 + 2 * d0 + d1, l2); // column −1 replicates column 0
    win[m0 + 1] = gradientCell(s2 - s0, d0 + 2 * d1 + d2, l2);
    win[m0 + 2] = gradientCell(s3 - s1, d1 + 2 * d2 + d3, l2);
    sA = s2; dA = d2; sB = s3; dB = d3;
    x = 3;
    for (let k = 1; k < nw; k++) {
      a = q32[k0 + k]!;
      b = q32[k1 + k]!;
      c = q32[k2 + k]!;
      a0 = a & 255;
      c0 = c & 255;
      s0 = a0 + 2 * (b & 255) + c0;
      d0 = c0 - a0;
      a0 = (a >>> 8) & 255;
      c0 = (c >>> 8) & 255;
      s1 = a0 + 2 * ((b >>> 8) & 255) + c0;
      d1 = c0 - a0;
      a0 = (a >>> 16) & 255;
      c0 = (c >>> 16) & 255;
      s2 = a0 + 2 * ((b >>> 16) & 255) + c0;
      d2 = c0 - a0;
      a0 = a >>> 24;
      c0 = c >>> 24;
      s3 = a0 + 2 * (b >>> 24) + c0;
      d3 = c0 - a0;
      const m = m0 + x; // x = 4k − 1
      win[m] = gradientCell(s0 - sA, dA + 2 * dB + d0, l2);
      win[m + 1] = gradientCell(s1 - sB, dB + 2 * d0 + d1, l2);
      win[m + 2] = gradientCell(s2 - s0, d0 + 2 * d1 + d2, l2);
      win[m + 3] = gradientCell(s3 - s1, d1 + 2 * d2 + d3, l2);
      sA = s2; dA = d2; sB = s3; dB = d3;
      x += 4;
    }
  } else {
    const a = q[r0]!, c = q[r2]!;
    sB = a + 2 * q[r1]! + c;
    dB = c - a;
    sA = sB; // column −1 replicates column 0
    dA = dB;
    x = 0;
  }
  // remaining columns one at a time (x − 1 ≥ −1 is in sA, x in sB), then the last with column w = w − 1
  for (let t = x + 1; t < w; t++) {
    const a = q[r0 + t]!, c = q[r2 + t]!;
    const sC = a + 2 * q[r1 + t]! + c, dC = c - a;
    win[m0 + t - 1] = gradientCell(sC - sA, dA + 2 * dB + dC, l2);
    sA = sB; dA = dB; sB = sC; dB = dC;
  }
  win[m0 + w - 1] = gradientCell(sB - sA, dA + 3 * dB, l2);
}

/** `m·4 + sector` of a gradient (see {@link gradientRow3}); branch-free (signs are noise on textured images). */
function gradientCell(gx: number, gy: number, l2: boolean): number {
  const bx = gx >> 31, by = gy >> 31;
  const ax = (gx ^ bx) - bx, ay = (gy ^ by) - by;
  const m = l2 ? gx * gx + gy * gy : ax + ay;
  const ay15 = ay << 15;
  const isH = (ay15 - ax * TG22) >>> 31; // |gy|·2^15 < |gx|·tan 22.5°·2^15 (differences fit int32)
  const isV = (ax * TG67 - ay15) >>> 31; // |gy|·2^15 > |gx|·tan 67.5°·2^15
  const isD = 1 - isH - isV;
  return (m << 2) | isV | (isD << 1) | (isD & ((gx ^ gy) >>> 31));
}

/**
 * Non-maximum suppression of one row of the packed window at `j0` (window stride `ws`) into map
 * cells at `mo` (4-aligned), branch-free: the sector picks the neighbour pair — offset 1, ws,
 * ws + 1, ws − 1 for sectors 0…3, by arithmetic — and a pixel is kept when m > low, m > the
 * neighbour behind, and m ≥ the one ahead (m > on diagonals: OpenCV's tie rule), each test the sign
 * bit of a difference (`low`, `high` clamped to [0, 2^24], above every magnitude). Cells: 0 weak,
 * 1 not an edge, 2 strong; four per 32-bit store.
 */
function suppressRow(win: Int32Array, j0: number, w: number, ws: number, low: number, high: number, map32: Uint32Array, map: Uint8Array, mo: number): void {
  const w4 = w & ~3, ws1 = ws - 1;
  let x = 0;
  for (; x < w4; x += 4) {
    let cells = 0;
    for (let b = 0; b < 32; b += 8) {
      const j = j0 + x + (b >> 3);
      const v = win[j]!;
      const d = v & 3;
      const off = 1 + (ws1 & -((d + 3) >> 2)) + (d >> 1) - ((d & (d >> 1)) << 1);
      const m = v >> 2;
      const keep = ((low - m) & ((win[j - off]! >> 2) - m) & ((win[j + off]! >> 2) - m - 1 + (d >> 1))) >>> 31;
      cells |= (1 - keep + 2 * (keep & ((high - m) >>> 31))) << b;
    }
    map32[(mo + x) >> 2] = cells;
  }
  for (; x < w; x++) {
    const j = j0 + x;
    const v = win[j]!;
    const d = v & 3;
    const off = 1 + (ws1 & -((d + 3) >> 2)) + (d >> 1) - ((d & (d >> 1)) << 1);
    const m = v >> 2;
    const keep = ((low - m) & ((win[j - off]! >> 2) - m) & ((win[j + off]! >> 2) - m - 1 + (d >> 1))) >>> 31;
    map[mo + x] = 1 - keep + 2 * (keep & ((high - m) >>> 31));
  }
}

/** A copy of `stack` with room for at least `need` entries (doubling, at most `cap`). */
function grown(stack: Int32Array, need: number, cap: number): Int32Array<ArrayBuffer> {
  let size = stack.length;
  while (size < need) size *= 2;
  const bigger = new Int32Array(Math.max(need, Math.min(cap, size)));
  bigger.set(stack);
  return bigger;
}

/** 8-connected hysteresis on a bordered map (its frame never holds 0): every 0 joined to a 2 becomes 2. */
function hysteresisMap(map: Uint8Array, ws: number, stack0: Int32Array, sp0: number, n: number): void {
  let stack = stack0, sp = sp0;
  while (sp > 0) {
    const j = stack[--sp]!;
    if (sp + 8 > stack.length && stack.length < n) stack = grown(stack, sp + 8, n);
    const a = j - ws, b = j + ws;
    if (map[a - 1] === 0) { map[a - 1] = 2; stack[sp++] = a - 1; }
    if (map[a] === 0) { map[a] = 2; stack[sp++] = a; }
    if (map[a + 1] === 0) { map[a + 1] = 2; stack[sp++] = a + 1; }
    if (map[j - 1] === 0) { map[j - 1] = 2; stack[sp++] = j - 1; }
    if (map[j + 1] === 0) { map[j + 1] = 2; stack[sp++] = j + 1; }
    if (map[b - 1] === 0) { map[b - 1] = 2; stack[sp++] = b - 1; }
    if (map[b] === 0) { map[b] = 2; stack[sp++] = b; }
    if (map[b + 1] === 0) { map[b + 1] = 2; stack[sp++] = b + 1; }
  }
}

/**
 * The general path (apertures 5 and 7, or input with NaN): quantise to float levels, whole-image
 * float Sobel with replicated borders, magnitude, NMS, hysteresis. Writes 1/0 into `out` (which
 * may be `src`: it is read before it is written).
 */
function cannyFloat(src: Float32Array, w: number, h: number, low: number, high: number, l2gradient: boolean, apertureSize: number, out: Float32Array): void {
  const n = w * h;
  const q = out;
  for (let i = 0; i < n; i++) {
    const v = Math.round(src[i]! * 255);
    q[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  // 2. Sobel with replicated borders (cv.Canny's choice)
  const gx = new Float32Array(n), gy = new Float32Array(n);
  const smooth = sobelKernel1d(apertureSize, 0), deriv = sobelKernel1d(apertureSize, 1);
  separablePair(q, w, h, smooth, deriv, deriv, smooth, "replicate", gx, gy);

  // 3. magnitude in a zero-bordered buffer (stride w + 2)
  const ws = w + 2;
  const mag = new Float32Array(ws * (h + 2));
  for (let y = 0; y < h; y++) {
    const o = y * w, mo = (y + 1) * ws + 1;
    if (l2gradient) for (let x = 0; x < w; x++) { const a = gx[o + x]!, b = gy[o + x]!; mag[mo + x] = a * a + b * b; }
    else for (let x = 0; x < w; x++) mag[mo + x] = Math.abs(gx[o + x]!) + Math.abs(gy[o + x]!);
  }
  // 4. NMS into a map: 0 = weak candidate, 1 = not an edge, 2 = edge (bordered like mag)
  const map = new Uint8Array(ws * (h + 2)).fill(1);
  let stack = new Int32Array(Math.max(1024, n >> 4)); // grows when needed
  let sp = 0;
  const grow = () => {
    const bigger = new Int32Array(Math.min(n, stack.length * 2));
    bigger.set(stack);
    stack = bigger;
  };
  for (let y = 0; y < h; y++) {
    const o = y * w, mo = (y + 1) * ws + 1;
    for (let x = 0; x < w; x++) {
      const j = mo + x;
      const m = mag[j]!;
      if (m <= low) continue;
      const xs = gx[o + x]!, ys = gy[o + x]!;
      const ax = Math.abs(xs), ay = Math.abs(ys) * SHIFT;
      const tg22x = ax * TG22;
      let keep: boolean;
      if (ay < tg22x) keep = m > mag[j - 1]! && m >= mag[j + 1]!;
      else if (ay > tg22x + ax * 2 * SHIFT) keep = m > mag[j - ws]! && m >= mag[j + ws]!;
      else {
        const s = xs * ys < 0 ? -1 : 1;
        keep = m > mag[j - ws - s]! && m > mag[j + ws + s]!;
      }
      if (!keep) continue;
      if (m > high) {
        map[j] = 2;
        if (sp === stack.length) grow();
        stack[sp++] = j;
      } else map[j] = 0;
    }
  }
  // 5. hysteresis over 8-neighbours (the bordered map never holds 0 on its frame)
  while (sp > 0) {
    const j = stack[--sp]!;
    if (sp + 8 > stack.length && stack.length < n) grow();
    const a = j - ws, b = j + ws;
    if (map[a - 1] === 0) { map[a - 1] = 2; stack[sp++] = a - 1; }
    if (map[a] === 0) { map[a] = 2; stack[sp++] = a; }
    if (map[a + 1] === 0) { map[a + 1] = 2; stack[sp++] = a + 1; }
    if (map[j - 1] === 0) { map[j - 1] = 2; stack[sp++] = j - 1; }
    if (map[j + 1] === 0) { map[j + 1] = 2; stack[sp++] = j + 1; }
    if (map[b - 1] === 0) { map[b - 1] = 2; stack[sp++] = b - 1; }
    if (map[b] === 0) { map[b] = 2; stack[sp++] = b; }
    if (map[b + 1] === 0) { map[b + 1] = 2; stack[sp++] = b + 1; }
  }
  for (let y = 0; y < h; y++) {
    const o = y * w, mo = (y + 1) * ws + 1;
    for (let x = 0; x < w; x++) out[o + x] = map[mo + x] === 2 ? 1 : 0;
  }
}
