import type { Image } from "../core/image";
import { assertUnreachable } from "../core/errors";
import { checkImage, checkInteger, checkOneOf, outputBuffer } from "../core/validate";

/** Interpolation methods of {@link resize}, named after OpenCV's INTER_* flags. */
export const ResizeInterpolation = { nearest: "nearest", bilinear: "bilinear", bicubic: "bicubic", area: "area" } as const;
export type ResizeInterpolation = (typeof ResizeInterpolation)[keyof typeof ResizeInterpolation];

/** Options of {@link resize}. */
export interface ResizeOptions {
  /**
   * `nearest` = INTER_NEAREST (source index ⌊dx·sw/dw⌋, OpenCV's legacy rule, not pixel centres),
   * `bilinear` = INTER_LINEAR, `bicubic` = INTER_CUBIC (Keys kernel, a = −0.75),
   * `area` = INTER_AREA (pixel-area averaging when shrinking; bilinear-like when enlarging).
   * @default "bilinear"
   */
  interpolation?: ResizeInterpolation;
  /** Buffer of `width·height·channels` floats to write the result into (reused across calls); the returned image wraps it. @default a new buffer */
  out?: Float32Array;
}

const f32 = Math.fround;

/** Per-output-coordinate taps and weights along one axis. */
interface AxisTable {
  /** Source indices, `taps` per output coordinate (already clamped into the image). */
  index: Int32Array;
  /** Matching weights. */
  weight: Float64Array;
  taps: number;
}

function linearTable(dsize: number, ssize: number, areaMode: boolean): AxisTable {
  const inv = dsize / ssize;
  const scale = 1 / inv;
  const index = new Int32Array(dsize * 2);
  const weight = new Float64Array(dsize * 2);
  for (let d = 0; d < dsize; d++) {
    let s: number;
    let f: number;
    if (!areaMode) {
      f = f32((d + 0.5) * scale - 0.5);
      s = Math.floor(f);
      f = f32(f - s);
    } else {
      s = Math.floor(d * scale);
      f = f32(d + 1 - (s + 1) * inv);
      f = f <= 0 ? 0 : f32(f - Math.floor(f));
    }
    if (s < 0) (f = 0), (s = 0);
    if (s >= ssize - 1) (f = 0), (s = ssize - 1);
    index[2 * d] = s;
    index[2 * d + 1] = Math.min(s + 1, ssize - 1);
    weight[2 * d] = f32(1 - f);
    weight[2 * d + 1] = f;
  }
  return { index, weight, taps: 2 };
}

function cubicTable(dsize: number, ssize: number): AxisTable {
  const scale = ssize / dsize;
  const index = new Int32Array(dsize * 4);
  const weight = new Float64Array(dsize * 4);
  const A = -0.75;
  for (let d = 0; d < dsize; d++) {
    let x = f32((d + 0.5) * scale - 0.5);
    const s = Math.floor(x);
    x = f32(x - s);
    const c0 = f32(((A * (x + 1) - 5 * A) * (x + 1) + 8 * A) * (x + 1) - 4 * A);
    const c1 = f32(((A + 2) * x - (A + 3)) * x * x + 1);
    const c2 = f32(((A + 2) * (1 - x) - (A + 3)) * (1 - x) * (1 - x) + 1);
    const c3 = f32(1 - c0 - c1 - c2);
    const cs = [c0, c1, c2, c3];
    for (let k = 0; k < 4; k++) {
      index[4 * d + k] = Math.min(Math.max(s - 1 + k, 0), ssize - 1);
      weight[4 * d + k] = cs[k]!;
    }
  }
  return { index, weight, taps: 4 };
}

function areaTable(dsize: number, ssize: number): AxisTable {
  const scale = ssize / dsize;
  const lists: { i: number[]; w: number[] }[] = [];
  let taps = 1;
  for (let d = 0; d < dsize; d++) {
    const fs1 = d * scale;
    const fs2 = fs1 + scale;
    const cell = Math.min(scale, ssize - fs1);
    let s2 = Math.floor(fs2);
    let s1 = Math.ceil(fs1);
    s2 = Math.min(s2, ssize - 1);
    s1 = Math.min(s1, s2);
    const i: number[] = [];
    const w: number[] = [];
    if (s1 - fs1 > 1e-3) i.push(s1 - 1), w.push(f32((s1 - fs1) / cell));
    for (let s = s1; s < s2; s++) i.push(s), w.push(f32(1 / cell));
    if (fs2 - s2 > 1e-3) i.push(s2), w.push(f32(Math.min(Math.min(fs2 - s2, 1), cell) / cell));
    lists.push({ i, w });
    taps = Math.max(taps, i.length);
  }
  const index = new Int32Array(dsize * taps);
  const weight = new Float64Array(dsize * taps);
  lists.forEach(({ i, w }, d) => {
    for (let k = 0; k < i.length; k++) (index[d * taps + k] = i[k]!), (weight[d * taps + k] = w[k]!);
  });
  return { index, weight, taps };
}

function nearestIndex(dsize: number, ssize: number): Int32Array {
  const ifx = 1 / (dsize / ssize);
  const idx = new Int32Array(dsize);
  for (let d = 0; d < dsize; d++) idx[d] = Math.min(Math.floor(d * ifx), ssize - 1);
  return idx;
}

/** Separable resampling with per-axis tables: horizontal pass per needed source row, then vertical. */
function separable(image: Image, dw: number, dh: number, tx: AxisTable, ty: AxisTable, out: Float32Array): Image {
  const { width: sw, channels: cn, data: src } = image;
  const rowLen = dw * cn;
  const { index: xi, weight: xw, taps: kx } = tx;
  const { index: yi, weight: yw, taps: ky } = ty;
  // Ring of horizontally resampled rows, keyed by source row.
  const ringSize = Math.max(ky, 2) + 1;
  const ring = Array.from({ length: ringSize }, () => new Float32Array(rowLen));
  const ringRow = new Int32Array(ringSize).fill(-1);
  let ringNext = 0;
  const xoff = new Int32Array(xi.length);
  for (let i = 0; i < xi.length; i++) xoff[i] = xi[i]! * cn;
  const hrow = (sy: number): Float32Array => {
    for (let r = 0; r < ringSize; r++) if (ringRow[r] === sy) return ring[r]!;
    const r = ringNext;
    ringNext = (ringNext + 1) % ringSize;
    ringRow[r] = sy;
    const buf = ring[r]!;
    const base = sy * sw * cn;
    if (cn === 1 && kx === 2) {
      for (let dx = 0; dx < dw; dx++) {
        const j = 2 * dx;
        buf[dx] = src[base + xoff[j]!]! * xw[j]! + src[base + xoff[j + 1]!]! * xw[j + 1]!;
      }
    } else {
      for (let dx = 0; dx < dw; dx++) {
        const j0 = dx * kx;
        for (let c = 0; c < cn; c++) {
          let acc = 0;
          for (let k = 0; k < kx; k++) acc += src[base + xoff[j0 + k]! + c]! * xw[j0 + k]!;
          buf[dx * cn + c] = acc;
        }
      }
    }
    return buf;
  };
  const rows: Float32Array[] = new Array(ky);
  for (let dy = 0; dy < dh; dy++) {
    const j0 = dy * ky;
    const o = dy * rowLen;
    if (ky === 2) {
      const r0 = hrow(yi[j0]!);
      const r1 = hrow(yi[j0 + 1]!);
      const b0 = yw[j0]!;
      const b1 = yw[j0 + 1]!;
      for (let i = 0; i < rowLen; i++) out[o + i] = r0[i]! * b0 + r1[i]! * b1;
    } else {
      for (let k = 0; k < ky; k++) rows[k] = yw[j0 + k] === 0 && k > 0 ? rows[0]! : hrow(yi[j0 + k]!);
      for (let i = 0; i < rowLen; i++) {
        let acc = 0;
        for (let k = 0; k < ky; k++) acc += rows[k]![i]! * yw[j0 + k]!;
        out[o + i] = acc;
      }
    }
  }
  return { width: dw, height: dh, channels: cn, data: out };
}

/**
 * Bilinear resampling (two taps per axis) with the arithmetic of {@link separable} (horizontal
 * results rounded to float32, float32 weights, sums in float64), specialised for speed: the
 * source rows the output needs are resampled horizontally four at a time (sharing the column
 * tables) into a small ring of rows, and each output row is a two-row blend of the ring.
 */
function bilinearSeparable(image: Image, dw: number, dh: number, tx: AxisTable, ty: AxisTable, out: Float32Array): Image {
  const { width: sw, channels: cn, data: src } = image;
  const rowLen = dw * cn;
  const srow = sw * cn;
  // Column tables: element offsets of both taps and their weights (float32 values).
  const x0 = new Int32Array(dw);
  const x1 = new Int32Array(dw);
  const a0 = new Float32Array(dw);
  const a1 = new Float32Array(dw);
  for (let d = 0; d < dw; d++) {
    x0[d] = tx.index[2 * d]! * cn;
    x1[d] = tx.index[2 * d + 1]! * cn;
    a0[d] = tx.weight[2 * d]!;
    a1[d] = tx.weight[2 * d + 1]!;
  }
  // Columns before dTail have x1 = x0 + cn (only the clamped right edge has x1 = x0).
  let dTail = dw;
  while (dTail > 0 && x1[dTail - 1] !== x0[dTail - 1]! + cn) dTail--;
  // Distinct source rows in the order the output needs them (non-decreasing), and each output row's pair.
  const yi = ty.index;
  const yw = ty.weight;
  // (Both taps are non-decreasing in dy and the second is the first or the row below it.)
  const need: number[] = [];
  const k0 = new Int32Array(dh);
  const k1 = new Int32Array(dh);
  for (let dy = 0, j0 = 0, j1 = 0; dy < dh; dy++) {
    const s0 = yi[2 * dy]!;
    const s1 = yi[2 * dy + 1]!;
    if (need.length === 0 || need[need.length - 1]! < s0) need.push(s0);
    if (need[need.length - 1]! < s1) need.push(s1);
    while (need[j0]! < s0) j0++;
    while (need[j1]! < s1) j1++;
    k0[dy] = j0;
    k1[dy] = j1;
  }
  const R = 8; // ring slots; a group of 4 is computed when an output row needs it, so ≤ 5 rows are live
  const ring = new Float32Array(R * rowLen);
  let done = 0; // need[0 … done) are in the ring (slot = k mod R)
  for (let dy = 0; dy < dh; dy++) {
    const kb = k1[dy]!;
    while (done <= kb) {
      const m = Math.min(4, need.length - done);
      const b = [0, 0, 0, 0];
      const o = [0, 0, 0, 0];
      for (let t = 0; t < 4; t++) {
        const k = done + Math.min(t, m - 1); // a short group repeats its last row (harmless rewrite)
        b[t] = need[k]! * srow;
        o[t] = (k % R) * rowLen;
      }
      if (cn === 1) hresize4(src, b[0]!, b[1]!, b[2]!, b[3]!, ring, o[0]!, o[1]!, o[2]!, o[3]!, dw, dTail, x0, x1, a0, a1);
      else for (let t = 0; t < m; t++) hresizeN(src, b[t]!, cn, dw, x0, x1, a0, a1, ring, o[t]!);
      done += m;
    }
    const p0 = (k0[dy]! % R) * rowLen;
    const p1 = (kb % R) * rowLen;
    if (dy + 1 < dh && k0[dy + 1] === k0[dy] && k1[dy + 1] === kb) {
      // the next output row blends the same two rows (enlarging): both in one pass
      vblend2(ring, p0, p1, yw[2 * dy]!, yw[2 * dy + 1]!, yw[2 * dy + 2]!, yw[2 * dy + 3]!, out, dy * rowLen, rowLen);
      dy++;
    } else vblend(ring, p0, p1, yw[2 * dy]!, yw[2 * dy + 1]!, out, dy * rowLen, rowLen);
  }
  return { width: dw, height: dh, channels: cn, data: out };
}

/** Four source rows (1 channel) resampled horizontally at once, sharing the column tables. */
function hresize4(
  src: Float32Array,
  b0: number,
  b1: number,
  b2: number,
  b3: number,
  dst: Float32Array,
  o0: number,
  o1: number,
  o2: number,
  o3: number,
  dw: number,
  dTail: number,
  x0: Int32Array,
  x1: Int32Array,
  a0: Float32Array,
  a1: Float32Array,
): void {
  for (let d = 0; d < dTail; d++) {
    const x = x0[d]!;
    const w0 = a0[d]!;
    const w1 = a1[d]!;
    let p = b0 + x;
    dst[o0 + d] = src[p]! * w0 + src[p + 1]! * w1;
    p = b1 + x;
    dst[o1 + d] = src[p]! * w0 + src[p + 1]! * w1;
    p = b2 + x;
    dst[o2 + d] = src[p]! * w0 + src[p + 1]! * w1;
    p = b3 + x;
    dst[o3 + d] = src[p]! * w0 + src[p + 1]! * w1;
  }
  for (let d = dTail; d < dw; d++) {
    const x = x0[d]!;
    const y = x1[d]!;
    const w0 = a0[d]!;
    const w1 = a1[d]!;
    dst[o0 + d] = src[b0 + x]! * w0 + src[b0 + y]! * w1;
    dst[o1 + d] = src[b1 + x]! * w0 + src[b1 + y]! * w1;
    dst[o2 + d] = src[b2 + x]! * w0 + src[b2 + y]! * w1;
    dst[o3 + d] = src[b3 + x]! * w0 + src[b3 + y]! * w1;
  }
}

/** One source row with `cn` channels resampled horizontally. */
function hresizeN(src: Float32Array, base: number, cn: number, dw: number, x0: Int32Array, x1: Int32Array, a0: Float32Array, a1: Float32Array, dst: Float32Array, o: number): void {
  for (let d = 0; d < dw; d++) {
    const p0 = base + x0[d]!;
    const p1 = base + x1[d]!;
    const w0 = a0[d]!;
    const w1 = a1[d]!;
    for (let c = 0; c < cn; c++, o++) dst[o] = src[p0 + c]! * w0 + src[p1 + c]! * w1;
  }
}

/** Two output rows from the same two ring rows: out[o …] = r0·b0 + r1·b1, out[o + n …] = r0·c0 + r1·c1 (unrolled by 4). */
function vblend2(ring: Float32Array, p0: number, p1: number, b0: number, b1: number, c0: number, c1: number, out: Float32Array, o: number, n: number): void {
  const o2 = o + n;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const u = p0 + i;
    const v = p1 + i;
    const q = o + i;
    const r = o2 + i;
    let x = ring[u]!;
    let y = ring[v]!;
    out[q] = x * b0 + y * b1;
    out[r] = x * c0 + y * c1;
    x = ring[u + 1]!;
    y = ring[v + 1]!;
    out[q + 1] = x * b0 + y * b1;
    out[r + 1] = x * c0 + y * c1;
    x = ring[u + 2]!;
    y = ring[v + 2]!;
    out[q + 2] = x * b0 + y * b1;
    out[r + 2] = x * c0 + y * c1;
    x = ring[u + 3]!;
    y = ring[v + 3]!;
    out[q + 3] = x * b0 + y * b1;
    out[r + 3] = x * c0 + y * c1;
  }
  for (; i < n; i++) {
    const x = ring[p0 + i]!;
    const y = ring[p1 + i]!;
    out[o + i] = x * b0 + y * b1;
    out[o2 + i] = x * c0 + y * c1;
  }
}

/** out[o …] = r0·b0 + r1·b1 over n elements, r0/r1 rows of `ring` at p0/p1 (unrolled by 8). */
function vblend(ring: Float32Array, p0: number, p1: number, b0: number, b1: number, out: Float32Array, o: number, n: number): void {
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const q = o + i;
    const u = p0 + i;
    const v = p1 + i;
    out[q] = ring[u]! * b0 + ring[v]! * b1;
    out[q + 1] = ring[u + 1]! * b0 + ring[v + 1]! * b1;
    out[q + 2] = ring[u + 2]! * b0 + ring[v + 2]! * b1;
    out[q + 3] = ring[u + 3]! * b0 + ring[v + 3]! * b1;
    out[q + 4] = ring[u + 4]! * b0 + ring[v + 4]! * b1;
    out[q + 5] = ring[u + 5]! * b0 + ring[v + 5]! * b1;
    out[q + 6] = ring[u + 6]! * b0 + ring[v + 6]! * b1;
    out[q + 7] = ring[u + 7]! * b0 + ring[v + 7]! * b1;
  }
  for (; i < n; i++) out[o + i] = ring[p0 + i]! * b0 + ring[p1 + i]! * b1;
}

/** 2×2 block means (exact halving). */
function halve(image: Image, out: Float32Array): Image {
  const { width: sw, channels: cn, data: src } = image;
  const dw = sw >> 1;
  const dh = image.height >> 1;
  const srow = sw * cn;
  if (cn === 1) {
    for (let dy = 0; dy < dh; dy++) {
      let a = 2 * dy * sw;
      let b = a + sw;
      let o = dy * dw;
      const oEnd = o + dw;
      for (; o + 4 <= oEnd; o += 4, a += 8, b += 8) {
        out[o] = (src[a]! + src[a + 1]! + src[b]! + src[b + 1]!) * 0.25;
        out[o + 1] = (src[a + 2]! + src[a + 3]! + src[b + 2]! + src[b + 3]!) * 0.25;
        out[o + 2] = (src[a + 4]! + src[a + 5]! + src[b + 4]! + src[b + 5]!) * 0.25;
        out[o + 3] = (src[a + 6]! + src[a + 7]! + src[b + 6]! + src[b + 7]!) * 0.25;
      }
      for (; o < oEnd; o++, a += 2, b += 2) out[o] = (src[a]! + src[a + 1]! + src[b]! + src[b + 1]!) * 0.25;
    }
  } else {
    for (let dy = 0; dy < dh; dy++) {
      for (let dx = 0; dx < dw; dx++) {
        const a = 2 * dy * srow + 2 * dx * cn;
        const o = (dy * dw + dx) * cn;
        for (let c = 0; c < cn; c++) out[o + c] = (src[a + c]! + src[a + cn + c]! + src[a + srow + c]! + src[a + srow + cn + c]!) * 0.25;
      }
    }
  }
  return { width: dw, height: dh, channels: cn, data: out };
}

/**
 * Resize `image` to `width` × `height` with OpenCV's `cv.resize` conventions: pixel centres
 * aligned (source coordinate (dx + ½)·sw/dw − ½), samples beyond the edge clamped (replicate),
 * separable horizontal-then-vertical passes with float weights. On float input `bilinear` agrees
 * with `cv.resize(…, INTER_LINEAR)` to ~1e-6, `bicubic` with INTER_CUBIC (a = −0.75), `area`
 * with INTER_AREA and `nearest` with INTER_NEAREST exactly. Any channel count.
 * Cost O(dw·dh·channels·taps + sh·dw·taps); scratch: a few rows.
 * @example const half = resize(img, img.width >> 1, img.height >> 1);
 * @see R. Szeliski, Computer Vision (2nd ed.), §3.5.1–3.5.2 (interpolation and decimation); R. Keys, 1981 (cubic convolution).
 */
export function resize(image: Image, width: number, height: number, options: ResizeOptions = {}): Image {
  const { interpolation = "bilinear", out: outBuffer } = options;
  checkImage(image, {}, "image");
  checkInteger(width, "width", { min: 1 });
  checkInteger(height, "height", { min: 1 });
  checkOneOf(interpolation, Object.values(ResizeInterpolation), "options.interpolation");
  const { width: sw, height: sh, channels: cn, data: src } = image;
  const out = outputBuffer(outBuffer, width * height * cn);
  // Exact halving: bilinear weights are ½,½ and area cells 2×2, so both are the 2×2 mean
  // (OpenCV also switches INTER_LINEAR to its fast area path here).
  if ((interpolation === "bilinear" || interpolation === "area") && sw === 2 * width && sh === 2 * height) return halve(image, out);
  switch (interpolation) {
    case "nearest": {
      const xi = nearestIndex(width, sw);
      const yi = nearestIndex(height, sh);
      let o = 0;
      for (let dy = 0; dy < height; dy++) {
        const base = yi[dy]! * sw * cn;
        if (cn === 1) for (let dx = 0; dx < width; dx++) out[o++] = src[base + xi[dx]!]!;
        else for (let dx = 0; dx < width; dx++) for (let c = 0; c < cn; c++) out[o++] = src[base + xi[dx]! * cn + c]!;
      }
      return { width, height, channels: cn, data: out };
    }
    case "bilinear":
      return bilinearSeparable(image, width, height, linearTable(width, sw, false), linearTable(height, sh, false), out);
    case "bicubic":
      return separable(image, width, height, cubicTable(width, sw), cubicTable(height, sh), out);
    case "area": {
      if (sw >= width && sh >= height) return separable(image, width, height, areaTable(width, sw), areaTable(height, sh), out);
      return separable(image, width, height, linearTable(width, sw, true), linearTable(height, sh, true), out);
    }
    default:
      return assertUnreachable(interpolation, "options.interpolation");
  }
}
