import type { Image } from "../core/image";
import { checkImage, checkOddPositiveInt } from "../core/validate";

/**
 * Median filter: each channel's value becomes the median of the `size × size` window around the
 * pixel; pixels outside the image repeat the edge (replicate border, as `cv.medianBlur` does).
 * Non-linear: removes salt-and-pepper noise while keeping edges. Output values are input values.
 *
 * Methods (all exact): size 3 — sorted columns (max of minima, median of medians, min of maxima),
 * any float input; size ≥ 5 on 8-bit-valued input (every value is k/255, e.g. from `fromUint8`) —
 * Huang's sliding 256-bin histogram, O(size) per pixel; size ≥ 5 on other float input — a
 * selection per pixel, O(size²) per pixel (slower). Matches `cv.medianBlur` on CV_8U for every size.
 * @example const clean = medianBlur(noisy, 5);
 * @see T. S. Huang, G. J. Yang, G. Y. Tang, "A fast two-dimensional median filtering algorithm", 1979;
 *   Szeliski, Computer Vision (2nd ed.) §3.3.1.
 */
export function medianBlur(image: Image, size = 3): Image {
  checkImage(image, {}, "image");
  checkOddPositiveInt(size, "size");
  if (size === 1) return { width: image.width, height: image.height, channels: image.channels, data: image.data.slice() };
  if (size === 3) return median3(image);
  const levels = eightBitLevels();
  return isEightBitValued(image.data, levels) ? medianHistogram(image, size, levels) : medianSelect(image, size);
}

/** Whether every value is exactly a float32 k/255 for an integer k in 0..255. */
function isEightBitValued(data: Float32Array, levels: Float32Array): boolean {
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    const q = (v * 255 + 0.5) | 0;
    if (!(levels[q & 255] === v)) return false;
  }
  return true;
}
/** The 256 float32 values k/255. */
function eightBitLevels(): Float32Array {
  const levels = new Float32Array(256);
  for (let i = 0; i < 256; i++) levels[i] = i / 255;
  return levels;
}

/** Sort each column triple of rows a, b, d into lo/mi/hi (with replicated margins of c values). */
function sortColumns(s: Float32Array, a: number, b: number, d: number, lo: Float32Array, mi: Float32Array, hi: Float32Array, n: number, c: number): void {
  for (let x = 0; x < n; x++) {
    let p = s[a + x]!, q = s[b + x]!, r = s[d + x]!, t: number;
    if (p > q) { t = p; p = q; q = t; }
    if (q > r) { t = q; q = r; r = t; }
    if (p > q) { t = p; p = q; q = t; }
    lo[c + x] = p;
    mi[c + x] = q;
    hi[c + x] = r;
  }
  for (let ch = 0; ch < c; ch++) {
    lo[ch] = lo[c + ch]!; mi[ch] = mi[c + ch]!; hi[ch] = hi[c + ch]!;
    lo[c + n + ch] = lo[n + ch]!; mi[c + n + ch] = mi[n + ch]!; hi[c + n + ch] = hi[n + ch]!;
  }
}
function combine3(lo: Float32Array, mi: Float32Array, hi: Float32Array, out: Float32Array, d: number, n: number, c: number): void {
  const c2 = 2 * c;
  for (let x = 0; x < n; x++) {
    let a = lo[x]!, b = lo[x + c]!, e = lo[x + c2]!;
    const maxLo = a > b ? (a > e ? a : e) : b > e ? b : e;
    a = hi[x]!; b = hi[x + c]!; e = hi[x + c2]!;
    const minHi = a < b ? (a < e ? a : e) : b < e ? b : e;
    a = mi[x]!; b = mi[x + c]!; e = mi[x + c2]!;
    const medMid = a < b ? (b < e ? b : a < e ? e : a) : a < e ? a : b < e ? e : b;
    // median of maxLo, medMid, minHi
    out[d + x] = maxLo < medMid ? (medMid < minHi ? medMid : maxLo < minHi ? minHi : maxLo) : maxLo < minHi ? maxLo : medMid < minHi ? minHi : medMid;
  }
}
// ---- the same on int32 bit patterns of non-negative floats (ordered like the values), branch-free:
// with d = a − b and m = d & (d >> 31): min = b + m, max = a − m. Noisy images make the comparisons
// above unpredictable; this path does not branch per pixel.
type I = Int32Array;
function sortColumnsI(s: I, a: number, b: number, d: number, lo: I, mi: I, hi: I, n: number, c: number): void {
  for (let x = 0; x < n; x++) {
    let p = s[a + x]!, q = s[b + x]!, r = s[d + x]!;
    let t = p - q, m = t & (t >> 31);
    const p1 = q + m, q1 = p - m; // p1 = min(p, q), q1 = max(p, q)
    t = q1 - r; m = t & (t >> 31);
    const q2 = r + m; r = q1 - m; // q2 = min(q1, r), r = max
    t = p1 - q2; m = t & (t >> 31);
    p = q2 + m; q = p1 - m;
    lo[c + x] = p;
    mi[c + x] = q;
    hi[c + x] = r;
  }
  for (let ch = 0; ch < c; ch++) {
    lo[ch] = lo[c + ch]!; mi[ch] = mi[c + ch]!; hi[ch] = hi[c + ch]!;
    lo[c + n + ch] = lo[n + ch]!; mi[c + n + ch] = mi[n + ch]!; hi[c + n + ch] = hi[n + ch]!;
  }
}
function combine3I(lo: I, mi: I, hi: I, out: I, d: number, n: number, c: number): void {
  const c2 = 2 * c;
  for (let x = 0; x < n; x++) {
    let a = lo[x]!, b = lo[x + c]!, e = lo[x + c2]!;
    let t = a - b;
    let u = a - (t & (t >> 31));
    t = u - e;
    const maxLo = u - (t & (t >> 31));
    a = hi[x]!; b = hi[x + c]!; e = hi[x + c2]!;
    t = a - b;
    u = b + (t & (t >> 31));
    t = u - e;
    const minHi = e + (t & (t >> 31));
    a = mi[x]!; b = mi[x + c]!; e = mi[x + c2]!;
    // med3 = max(min(a, b), min(max(a, b), e))
    t = a - b;
    let m = t & (t >> 31);
    const mn = b + m, mx = a - m;
    t = mx - e;
    const v = e + (t & (t >> 31));
    t = mn - v;
    const medMid = mn - (t & (t >> 31));
    // med3(maxLo, medMid, minHi)
    t = maxLo - medMid;
    m = t & (t >> 31);
    const mn2 = medMid + m, mx2 = maxLo - m;
    t = mx2 - minHi;
    const v2 = minHi + (t & (t >> 31));
    t = mn2 - v2;
    out[d + x] = mn2 - (t & (t >> 31));
  }
}
function median3Int(image: Image): Image | undefined {
  const { width, height, channels: c, data } = image;
  const s = new Int32Array(data.buffer, data.byteOffset, data.length);
  let bits = 0;
  for (let i = 0; i < s.length; i++) bits |= s[i]!;
  if (bits < 0) return undefined; // a sign bit is set: use the float path
  const n = width * c;
  const outF = new Float32Array(data.length);
  const out = new Int32Array(outF.buffer);
  const lo = new Int32Array(n + 2 * c), mi = new Int32Array(n + 2 * c), hi = new Int32Array(n + 2 * c);
  for (let y = 0; y < height; y++) {
    const a = (y > 0 ? y - 1 : 0) * n;
    const d = (y < height - 1 ? y + 1 : height - 1) * n;
    sortColumnsI(s, a, y * n, d, lo, mi, hi, n, c);
    combine3I(lo, mi, hi, out, y * n, n, c);
  }
  return { width, height, channels: c, data: outF };
}
function median3(image: Image): Image {
  const fast = median3Int(image);
  if (fast) return fast;
  const { width, height, channels: c, data } = image;
  const n = width * c;
  const out = new Float32Array(data.length);
  const lo = new Float32Array(n + 2 * c), mi = new Float32Array(n + 2 * c), hi = new Float32Array(n + 2 * c);
  for (let y = 0; y < height; y++) {
    const a = (y > 0 ? y - 1 : 0) * n;
    const d = (y < height - 1 ? y + 1 : height - 1) * n;
    sortColumns(data, a, y * n, d, lo, mi, hi, n, c);
    combine3(lo, mi, hi, out, y * n, n, c);
  }
  return { width, height, channels: c, data: out };
}

/** Replicate-padded 8-bit plane of channel `ch` (values round(v·255)). */
function paddedPlane(image: Image, ch: number, r: number, plane: Uint8Array): void {
  const { width, height, channels: c, data } = image;
  const pw = width + 2 * r;
  for (let py = 0; py < height + 2 * r; py++) {
    const sy = Math.min(height - 1, Math.max(0, py - r));
    const row = py * pw;
    const srow = sy * width * c + ch;
    for (let px = 0; px < pw; px++) {
      const sx = Math.min(width - 1, Math.max(0, px - r));
      plane[row + px] = (data[srow + sx * c]! * 255 + 0.5) | 0;
    }
  }
}
function histogramRow(p: Uint8Array, pw: number, y: number, k: number, width: number, hist: Int32Array, levels: Float32Array, out: Float32Array, d: number, c: number): void {
  hist.fill(0);
  for (let i = 0; i < k; i++) {
    const row = (y + i) * pw;
    for (let j = 0; j < k; j++) hist[p[row + j]!]++;
  }
  const half = (k * k) >> 1;
  let m = 0;
  let below = 0;
  while (below + hist[m]! <= half) below += hist[m++]!;
  out[d] = levels[m]!;
  for (let x = 1; x < width; x++) {
    for (let i = 0, row = y * pw; i < k; i++, row += pw) {
      const vOut = p[row + x - 1]!;
      const vIn = p[row + x - 1 + k]!;
      hist[vOut]--;
      hist[vIn]++;
      below += ((vIn - m) >>> 31) - ((vOut - m) >>> 31); // branch-free (vIn < m) − (vOut < m)
    }
    if (below > half) {
      do below -= hist[--m]!;
      while (below > half);
    } else {
      while (below + hist[m]! <= half) below += hist[m++]!;
    }
    out[d + x * c] = levels[m]!;
  }
}
/** histogramRow for k = 5 with the five row loads unrolled. */
function histogramRow5(p: Uint8Array, pw: number, y: number, width: number, hist: Int32Array, levels: Float32Array, out: Float32Array, d: number, c: number): void {
  hist.fill(0);
  const r0 = y * pw, r1 = r0 + pw, r2 = r1 + pw, r3 = r2 + pw, r4 = r3 + pw;
  for (let j = 0; j < 5; j++) {
    hist[p[r0 + j]!]++; hist[p[r1 + j]!]++; hist[p[r2 + j]!]++; hist[p[r3 + j]!]++; hist[p[r4 + j]!]++;
  }
  let m = 0;
  let below = 0;
  while (below + hist[m]! <= 12) below += hist[m++]!;
  out[d] = levels[m]!;
  for (let x = 1; x < width; x++) {
    const o = x - 1, i = x + 4;
    const a0 = p[r0 + o]!, a1 = p[r1 + o]!, a2 = p[r2 + o]!, a3 = p[r3 + o]!, a4 = p[r4 + o]!;
    const b0 = p[r0 + i]!, b1 = p[r1 + i]!, b2 = p[r2 + i]!, b3 = p[r3 + i]!, b4 = p[r4 + i]!;
    hist[a0]--; hist[a1]--; hist[a2]--; hist[a3]--; hist[a4]--;
    hist[b0]++; hist[b1]++; hist[b2]++; hist[b3]++; hist[b4]++;
    below +=
      ((b0 - m) >>> 31) + ((b1 - m) >>> 31) + ((b2 - m) >>> 31) + ((b3 - m) >>> 31) + ((b4 - m) >>> 31) -
      ((a0 - m) >>> 31) - ((a1 - m) >>> 31) - ((a2 - m) >>> 31) - ((a3 - m) >>> 31) - ((a4 - m) >>> 31);
    if (below > 12) {
      do below -= hist[--m]!;
      while (below > 12);
    } else {
      while (below + hist[m]! <= 12) below += hist[m++]!;
    }
    out[d + x * c] = levels[m]!;
  }
}
function medianHistogram(image: Image, k: number, levels: Float32Array): Image {
  const { width, height, channels: c } = image;
  const r = k >> 1;
  const pw = width + 2 * r;
  const plane = new Uint8Array(pw * (height + 2 * r));
  const hist = new Int32Array(256);
  const out = new Float32Array(image.data.length);
  for (let ch = 0; ch < c; ch++) {
    paddedPlane(image, ch, r, plane);
    for (let y = 0; y < height; y++) {
      if (k === 5) histogramRow5(plane, pw, y, width, hist, levels, out, y * width * c + ch, c);
      else histogramRow(plane, pw, y, k, width, hist, levels, out, y * width * c + ch, c);
    }
  }
  return { width, height, channels: c, data: out };
}

/** k-th smallest of a[0..n) (quickselect, reorders a). */
function select(a: Float64Array, n: number, k: number): number {
  let lo = 0, hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo, j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!; a[i] = a[j]!; a[j] = t;
        i++; j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}
function medianSelect(image: Image, k: number): Image {
  const { width, height, channels: c, data } = image;
  const r = k >> 1;
  const out = new Float32Array(data.length);
  const win = new Float64Array(k * k);
  const half = (k * k) >> 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let ch = 0; ch < c; ch++) {
        let n = 0;
        for (let i = -r; i <= r; i++) {
          const sy = Math.min(height - 1, Math.max(0, y + i));
          for (let j = -r; j <= r; j++) {
            const sx = Math.min(width - 1, Math.max(0, x + j));
            win[n++] = data[(sy * width + sx) * c + ch]!;
          }
        }
        out[(y * width + x) * c + ch] = select(win, n, half);
      }
    }
  }
  return { width, height, channels: c, data: out };
}
