/**
 * Internal engine of flat grey-level morphology: min (erosion) or max (dilation) of each channel
 * over a structuring element, pixels outside the image ignored (OpenCV's default border value
 * for morphology). Paths: 3×3 rectangle fused in one pass over row pairs; other rectangles
 * separable with van Herk / Gil–Werman (3 comparisons per pixel per axis, any size); any other
 * element decomposed into row runs, each run a horizontal van Herk pass, combined row-wise.
 */
import type { Image } from "../../core/image";
import type { CheckedSe } from "../structuringElement";

// ---------- 3×3 rectangle, fused ----------
// Rows y−1 … y+2 are (s0, o0) … (s3, o3): the image or a row of the identity.
type F = Float32Array;
function v3Max(s0: F, o0: number, s1: F, o1: number, s2: F, o2: number, s3: F, o3: number, b: F, b2: F, p: number, n: number): void {
  for (let x = 0; x < n; x++) {
    const a1 = s1[o1 + x]!, a2 = s2[o2 + x]!;
    const m = a1 > a2 ? a1 : a2;
    const a0 = s0[o0 + x]!, a3 = s3[o3 + x]!;
    b[p + x] = a0 > m ? a0 : m;
    b2[p + x] = a3 > m ? a3 : m;
  }
}
function v3Min(s0: F, o0: number, s1: F, o1: number, s2: F, o2: number, s3: F, o3: number, b: F, b2: F, p: number, n: number): void {
  for (let x = 0; x < n; x++) {
    const a1 = s1[o1 + x]!, a2 = s2[o2 + x]!;
    const m = a1 < a2 ? a1 : a2;
    const a0 = s0[o0 + x]!, a3 = s3[o3 + x]!;
    b[p + x] = a0 < m ? a0 : m;
    b2[p + x] = a3 < m ? a3 : m;
  }
}
function h3Max1(b: Float32Array, out: Float32Array, d: number, n: number): void {
  let a0 = b[0]!, a1 = b[1]!;
  let m01 = a0 > a1 ? a0 : a1;
  for (let x = 0; x < n; x++) {
    const a2 = b[x + 2]!;
    out[d + x] = m01 > a2 ? m01 : a2;
    m01 = a1 > a2 ? a1 : a2;
    a1 = a2;
  }
}
function h3Min1(b: Float32Array, out: Float32Array, d: number, n: number): void {
  let a0 = b[0]!, a1 = b[1]!;
  let m01 = a0 < a1 ? a0 : a1;
  for (let x = 0; x < n; x++) {
    const a2 = b[x + 2]!;
    out[d + x] = m01 < a2 ? m01 : a2;
    m01 = a1 < a2 ? a1 : a2;
    a1 = a2;
  }
}
function h3Max(b: Float32Array, out: Float32Array, d: number, n: number, c: number): void {
  for (let x = 0; x < n; x++) {
    const a0 = b[x]!, a1 = b[x + c]!, a2 = b[x + 2 * c]!;
    const m = a0 > a1 ? a0 : a1;
    out[d + x] = m > a2 ? m : a2;
  }
}
function h3Min(b: Float32Array, out: Float32Array, d: number, n: number, c: number): void {
  for (let x = 0; x < n; x++) {
    const a0 = b[x]!, a1 = b[x + c]!, a2 = b[x + 2 * c]!;
    const m = a0 < a1 ? a0 : a1;
    out[d + x] = m < a2 ? m : a2;
  }
}

function rect3(image: Image, isMax: boolean, out: Float32Array): void {
  const { width, height, channels: c, data: s } = image;
  const n = width * c;
  const identity = isMax ? -Infinity : Infinity;
  const bA = new Float32Array(n + 2 * c).fill(identity);
  const bB = new Float32Array(n + 2 * c).fill(identity);
  const idRow = new Float32Array(n).fill(identity); // rows outside the image are ignored
  const arr = (y: number): F => (y < 0 || y >= height ? idRow : s);
  const off = (y: number): number => (y < 0 || y >= height ? 0 : y * n);
  for (let y = 0; y < height; y += 2) {
    const a0 = arr(y - 1), a1 = arr(y), a2 = arr(y + 1), a3 = arr(y + 2);
    const o0 = off(y - 1), o1 = off(y), o2 = off(y + 1), o3 = off(y + 2);
    if (isMax) v3Max(a0, o0, a1, o1, a2, o2, a3, o3, bA, bB, c, n);
    else v3Min(a0, o0, a1, o1, a2, o2, a3, o3, bA, bB, c, n);
    if (c === 1) {
      if (isMax) h3Max1(bA, out, y * n, n);
      else h3Min1(bA, out, y * n, n);
      if (y + 1 < height) {
        if (isMax) h3Max1(bB, out, (y + 1) * n, n);
        else h3Min1(bB, out, (y + 1) * n, n);
      }
    } else {
      if (isMax) h3Max(bA, out, y * n, n, c);
      else h3Min(bA, out, y * n, n, c);
      if (y + 1 < height) {
        if (isMax) h3Max(bB, out, (y + 1) * n, n, c);
        else h3Min(bB, out, (y + 1) * n, n, c);
      }
    }
  }
}

// ---------- 3×3 rectangle on the int32 bit patterns of non-negative floats ----------
// For floats ≥ +0 the int32 bit patterns are ordered like the values, and the difference of two
// patterns fits an int32, so max/min are branch-free: max(x, y) = x − ((x − y) & ((x − y) >> 31)).
// (Comparisons on random data mispredict half the time; this path is ~4× faster there.)
type I = Int32Array;
function v3MaxI(s0: I, o0: number, s1: I, o1: number, s2: I, o2: number, s3: I, o3: number, b: I, b2: I, p: number, n: number): void {
  for (let x = 0; x < n; x++) {
    const a1 = s1[o1 + x]!, a2 = s2[o2 + x]!;
    const d = a1 - a2;
    const m = a1 - (d & (d >> 31));
    const a0 = s0[o0 + x]!, a3 = s3[o3 + x]!;
    const e = a0 - m, f = a3 - m;
    b[p + x] = a0 - (e & (e >> 31));
    b2[p + x] = a3 - (f & (f >> 31));
  }
}
function v3MinI(s0: I, o0: number, s1: I, o1: number, s2: I, o2: number, s3: I, o3: number, b: I, b2: I, p: number, n: number): void {
  for (let x = 0; x < n; x++) {
    const a1 = s1[o1 + x]!, a2 = s2[o2 + x]!;
    const d = a1 - a2;
    const m = a2 + (d & (d >> 31));
    const a0 = s0[o0 + x]!, a3 = s3[o3 + x]!;
    const e = a0 - m, f = a3 - m;
    b[p + x] = m + (e & (e >> 31));
    b2[p + x] = m + (f & (f >> 31));
  }
}
function h3MaxI(b: I, out: I, d: number, n: number, c: number): void {
  const c2 = 2 * c;
  for (let x = 0; x < n; x++) {
    const a0 = b[x]!, a1 = b[x + c]!, a2 = b[x + c2]!;
    const e = a0 - a1;
    const m = a0 - (e & (e >> 31));
    const f = m - a2;
    out[d + x] = m - (f & (f >> 31));
  }
}
function h3MinI(b: I, out: I, d: number, n: number, c: number): void {
  const c2 = 2 * c;
  for (let x = 0; x < n; x++) {
    const a0 = b[x]!, a1 = b[x + c]!, a2 = b[x + c2]!;
    const e = a0 - a1;
    const m = a1 + (e & (e >> 31));
    const f = m - a2;
    out[d + x] = a2 + (f & (f >> 31));
  }
}
/** Whether every value's sign bit is clear (all ≥ +0, no −0, no negative NaN). */
function allNonNegative(bits: I): boolean {
  let acc = 0;
  for (let i = 0; i < bits.length; i++) acc |= bits[i]!;
  return acc >= 0;
}
/**
 * 1-channel 3×3 max over two output rows at once, vertical and horizontal fused in registers:
 * input rows o0…o3 (all inside the image), outputs rows at d and d + n. Two columns per step, so
 * the pair maximum max(v[x+1], v[x+2]) serves both outputs x+1 and x+2 (1.5 maxima per output
 * horizontally, 1.5 vertically). Returns the OR of the middle rows o1, o2 (every image row is a
 * middle row of one call or read by {@link vEdgeI}), so the caller learns whether the input was
 * non-negative.
 */
function fusedMax2(s: I, o0: number, o1: number, o2: number, o3: number, out: I, d: number, n: number): number {
  // cA/cB: vertical maxima of column x for output rows A (o0…o2) and B (o1…o3); pA/pB: column x − 1
  let a1 = s[o1]!, a2 = s[o2]!;
  let bits = a1 | a2;
  let e = a1 - a2;
  let m = a1 - (e & (e >> 31));
  let b = s[o0]!;
  e = b - m;
  let cA = b - (e & (e >> 31));
  b = s[o3]!;
  e = b - m;
  let cB = b - (e & (e >> 31));
  let pA = 0, pB = 0; // +0: the identity of max on non-negative patterns (column −1 is ignored)
  let x = 0;
  for (; x + 2 < n; x += 2) {
    // vertical maxima of columns x + 1 (nA, nB) and x + 2 (mA, mB)
    let i = x + 1;
    a1 = s[o1 + i]!;
    a2 = s[o2 + i]!;
    bits |= a1 | a2;
    e = a1 - a2;
    m = a1 - (e & (e >> 31));
    b = s[o0 + i]!;
    e = b - m;
    const nA = b - (e & (e >> 31));
    b = s[o3 + i]!;
    e = b - m;
    const nB = b - (e & (e >> 31));
    i++;
    a1 = s[o1 + i]!;
    a2 = s[o2 + i]!;
    bits |= a1 | a2;
    e = a1 - a2;
    m = a1 - (e & (e >> 31));
    b = s[o0 + i]!;
    e = b - m;
    const mA = b - (e & (e >> 31));
    b = s[o3 + i]!;
    e = b - m;
    const mB = b - (e & (e >> 31));
    // out x = max(p, c, n), out x + 1 = max(c, n, m): q = max(c, n) shared
    e = cA - nA;
    let q = cA - (e & (e >> 31));
    e = q - pA;
    out[d + x] = q - (e & (e >> 31));
    e = q - mA;
    out[d + x + 1] = q - (e & (e >> 31));
    e = cB - nB;
    q = cB - (e & (e >> 31));
    e = q - pB;
    out[d + n + x] = q - (e & (e >> 31));
    e = q - mB;
    out[d + n + x + 1] = q - (e & (e >> 31));
    pA = nA; cA = mA; pB = nB; cB = mB;
  }
  for (; x < n; x++) {
    let nA = 0, nB = 0; // column n is ignored
    if (x + 1 < n) {
      const i = x + 1;
      a1 = s[o1 + i]!;
      a2 = s[o2 + i]!;
      bits |= a1 | a2;
      e = a1 - a2;
      m = a1 - (e & (e >> 31));
      b = s[o0 + i]!;
      e = b - m;
      nA = b - (e & (e >> 31));
      b = s[o3 + i]!;
      e = b - m;
      nB = b - (e & (e >> 31));
    }
    e = pA - cA;
    let q = pA - (e & (e >> 31));
    e = q - nA;
    out[d + x] = q - (e & (e >> 31));
    e = pB - cB;
    q = pB - (e & (e >> 31));
    e = q - nB;
    out[d + n + x] = q - (e & (e >> 31));
    pA = cA; cA = nA; pB = cB; cB = nB;
  }
  return bits;
}
/** As {@link fusedMax2} for min (identity 0x7fffffff: ≥ every non-negative pattern). */
function fusedMin2(s: I, o0: number, o1: number, o2: number, o3: number, out: I, d: number, n: number): number {
  let a1 = s[o1]!, a2 = s[o2]!;
  let bits = a1 | a2;
  let e = a1 - a2;
  let m = a2 + (e & (e >> 31));
  let b = s[o0]!;
  e = b - m;
  let cA = m + (e & (e >> 31));
  b = s[o3]!;
  e = b - m;
  let cB = m + (e & (e >> 31));
  let pA = 0x7fffffff, pB = 0x7fffffff;
  let x = 0;
  for (; x + 2 < n; x += 2) {
    let i = x + 1;
    a1 = s[o1 + i]!;
    a2 = s[o2 + i]!;
    bits |= a1 | a2;
    e = a1 - a2;
    m = a2 + (e & (e >> 31));
    b = s[o0 + i]!;
    e = b - m;
    const nA = m + (e & (e >> 31));
    b = s[o3 + i]!;
    e = b - m;
    const nB = m + (e & (e >> 31));
    i++;
    a1 = s[o1 + i]!;
    a2 = s[o2 + i]!;
    bits |= a1 | a2;
    e = a1 - a2;
    m = a2 + (e & (e >> 31));
    b = s[o0 + i]!;
    e = b - m;
    const mA = m + (e & (e >> 31));
    b = s[o3 + i]!;
    e = b - m;
    const mB = m + (e & (e >> 31));
    e = cA - nA;
    let q = nA + (e & (e >> 31));
    e = q - pA;
    out[d + x] = pA + (e & (e >> 31));
    e = q - mA;
    out[d + x + 1] = mA + (e & (e >> 31));
    e = cB - nB;
    q = nB + (e & (e >> 31));
    e = q - pB;
    out[d + n + x] = pB + (e & (e >> 31));
    e = q - mB;
    out[d + n + x + 1] = mB + (e & (e >> 31));
    pA = nA; cA = mA; pB = nB; cB = mB;
  }
  for (; x < n; x++) {
    let nA = 0x7fffffff, nB = 0x7fffffff;
    if (x + 1 < n) {
      const i = x + 1;
      a1 = s[o1 + i]!;
      a2 = s[o2 + i]!;
      bits |= a1 | a2;
      e = a1 - a2;
      m = a2 + (e & (e >> 31));
      b = s[o0 + i]!;
      e = b - m;
      nA = m + (e & (e >> 31));
      b = s[o3 + i]!;
      e = b - m;
      nB = m + (e & (e >> 31));
    }
    e = pA - cA;
    let q = cA + (e & (e >> 31));
    e = q - nA;
    out[d + x] = nA + (e & (e >> 31));
    e = pB - cB;
    q = cB + (e & (e >> 31));
    e = q - nB;
    out[d + n + x] = nB + (e & (e >> 31));
    pA = cA; cA = nA; pB = cB; cB = nB;
  }
  return bits;
}

/** One output row's vertical extreme over the rows among y−1, y, y+1 that exist (edge rows). */
function vEdgeI(s: I, y: number, height: number, n: number, b: I, p: number, isMax: boolean): number {
  const lo = Math.max(0, y - 1);
  const hi = Math.min(height - 1, y + 1);
  let bits = 0;
  for (let x = 0; x < n; x++) bits |= b[p + x] = s[lo * n + x]!;
  for (let r = lo + 1; r <= hi; r++) {
    const o = r * n;
    for (let x = 0; x < n; x++) {
      const u = b[p + x]!, v = s[o + x]!;
      bits |= v;
      const d = u - v;
      b[p + x] = isMax ? u - (d & (d >> 31)) : v + (d & (d >> 31));
    }
  }
  return bits;
}
/** Returns false (result invalid) when some input value has its sign bit set. */
function rect3Int(image: Image, isMax: boolean, out: Float32Array): boolean {
  const { width, height, channels: c, data } = image;
  const s = new Int32Array(data.buffer, data.byteOffset, data.length);
  const o = new Int32Array(out.buffer, out.byteOffset, out.length);
  const n = width * c;
  const identity = isMax ? 0 : 0x7fffffff; // +0 is ≤ every value; 0x7fffffff (a NaN pattern) ≥ every pattern
  const bA = new Int32Array(n + 2 * c).fill(identity);
  const bB = new Int32Array(n + 2 * c).fill(identity);
  const hPass = (b: I, y: number): void => (isMax ? h3MaxI(b, o, y * n, n, c) : h3MinI(b, o, y * n, n, c));
  // First row, then interior rows two at a time (all four input rows exist), then what is left.
  let bits = vEdgeI(s, 0, height, n, bA, c, isMax);
  hPass(bA, 0);
  let y = 1;
  for (; y + 2 < height; y += 2) {
    const o0 = (y - 1) * n;
    if (c === 1) {
      bits |= isMax ? fusedMax2(s, o0, o0 + n, o0 + 2 * n, o0 + 3 * n, o, y * n, n) : fusedMin2(s, o0, o0 + n, o0 + 2 * n, o0 + 3 * n, o, y * n, n);
      continue;
    }
    if (isMax) v3MaxI(s, o0, s, o0 + n, s, o0 + 2 * n, s, o0 + 3 * n, bA, bB, c, n);
    else v3MinI(s, o0, s, o0 + n, s, o0 + 2 * n, s, o0 + 3 * n, bA, bB, c, n);
    bits |= allNonNegative(s.subarray(o0, o0 + 4 * n)) ? 0 : -1;
    hPass(bA, y);
    hPass(bB, y + 1);
  }
  for (; y < height; y++) {
    bits |= vEdgeI(s, y, height, n, bA, c, isMax);
    hPass(bA, y);
  }
  return bits >= 0;
}

// ---------- 1-D van Herk / Gil–Werman ----------
/**
 * out[o + i·c] = extreme of p[(i + k)·c + ch] for k in [0, len), i in [0, n), where p holds the
 * padded row (channel ch at stride c). g/h are scratch of p's length.
 */
function runExtreme(p: Float32Array, n: number, len: number, c: number, ch: number, isMax: boolean, g: Float32Array, h: Float32Array, out: Float32Array, o: number): void {
  const total = n + len - 1;
  if (len === 1) {
    for (let i = 0; i < n; i++) out[o + i * c] = p[i * c + ch]!;
    return;
  }
  for (let start = 0; start < total; start += len) {
    const end = Math.min(start + len, total);
    let acc = p[start * c + ch]!;
    g[start] = acc;
    for (let k = start + 1; k < end; k++) {
      const v = p[k * c + ch]!;
      acc = isMax ? (v > acc ? v : acc) : v < acc ? v : acc;
      g[k] = acc;
    }
    acc = p[(end - 1) * c + ch]!;
    h[end - 1] = acc;
    for (let k = end - 2; k >= start; k--) {
      const v = p[k * c + ch]!;
      acc = isMax ? (v > acc ? v : acc) : v < acc ? v : acc;
      h[k] = acc;
    }
  }
  for (let i = 0; i < n; i++) {
    const a = h[i]!, b = g[i + len - 1]!;
    out[o + i * c] = isMax ? (a > b ? a : b) : a < b ? a : b;
  }
}

/** Horizontal pass: every row, window columns [x + a, x + b] (outside ignored). */
function horizontal(image: Image, a: number, b: number, isMax: boolean, out: Float32Array): void {
  const { width, height, channels: c, data } = image;
  const n = width * c;
  const padL = Math.max(0, -a);
  const padR = Math.max(0, b);
  const pw = width + padL + padR;
  const identity = isMax ? -Infinity : Infinity;
  const p = new Float32Array(pw * c).fill(identity);
  const g = new Float32Array(pw);
  const h = new Float32Array(pw);
  const len = b - a + 1;
  const first = a + padL; // padded index of the first window's start, ≥ 0
  const usable = Math.max(0, Math.min(width, pw - first - len + 1));
  for (let y = 0; y < height; y++) {
    p.set(data.subarray(y * n, y * n + n), padL * c);
    for (let ch = 0; ch < c; ch++) {
      // shift the view so window i starts at padded index first + i
      runExtreme(first === 0 ? p : p.subarray(first * c), usable, len, c, ch, isMax, g, h, out, y * n + ch);
      for (let x = usable; x < width; x++) out[y * n + x * c + ch] = identity;
    }
  }
}

/** Vertical pass, row-vectorised van Herk: out row y = extreme of rows [y + a, y + b] (outside ignored). */
function vertical(image: Image, a: number, b: number, isMax: boolean, out: Float32Array): void {
  const { width, height, channels: c, data } = image;
  const n = width * c;
  const len = b - a + 1;
  const identity = isMax ? -Infinity : Infinity;
  if (len === 1) {
    for (let y = 0; y < height; y++) {
      const sy = y + a;
      if (sy < 0 || sy >= height) out.fill(identity, y * n, y * n + n);
      else out.set(data.subarray(sy * n, sy * n + n), y * n);
    }
    return;
  }
  // Padded row sequence k ↦ image row k + a (identity outside), k in [0, height + len − 1).
  const total = height + len - 1;
  const g = new Float32Array(total * n);
  const h = new Float32Array(total * n);
  const rowOf = (k: number): number => k + a;
  for (let start = 0; start < total; start += len) {
    const end = Math.min(start + len, total);
    for (let k = start; k < end; k++) {
      const r = rowOf(k);
      const gRow = k * n;
      if (r < 0 || r >= height) {
        if (k === start) g.fill(identity, gRow, gRow + n);
        else g.copyWithin(gRow, gRow - n, gRow);
      } else if (k === start) g.set(data.subarray(r * n, r * n + n), gRow);
      else extremeRows(g, gRow - n, data, r * n, g, gRow, n, isMax);
    }
    for (let k = end - 1; k >= start; k--) {
      const r = rowOf(k);
      const hRow = k * n;
      if (r < 0 || r >= height) {
        if (k === end - 1) h.fill(identity, hRow, hRow + n);
        else h.copyWithin(hRow, hRow + n, hRow + 2 * n);
      } else if (k === end - 1) h.set(data.subarray(r * n, r * n + n), hRow);
      else extremeRows(h, hRow + n, data, r * n, h, hRow, n, isMax);
    }
  }
  for (let y = 0; y < height; y++) extremeRows(h, y * n, g, (y + len - 1) * n, out, y * n, n, isMax);
}

function extremeRows(a: Float32Array, ao: number, b: Float32Array, bo: number, out: Float32Array, o: number, n: number, isMax: boolean): void {
  if (isMax) {
    for (let x = 0; x < n; x++) {
      const u = a[ao + x]!, v = b[bo + x]!;
      out[o + x] = u > v ? u : v;
    }
  } else {
    for (let x = 0; x < n; x++) {
      const u = a[ao + x]!, v = b[bo + x]!;
      out[o + x] = u < v ? u : v;
    }
  }
}

/**
 * Extreme (max if `isMax`, else min) of each channel over the element. `sign` = −1 reads
 * f(x − s) for each member offset s (reflected element: textbook dilation), +1 reads f(x + s)
 * (erosion, and OpenCV's dilation). Pixels with no member inside the image get 0 (max) or 1 (min),
 * OpenCV's 8-bit result there.
 */
export function extremumRaw(image: Image, se: CheckedSe, isMax: boolean, sign: 1 | -1, out: Float32Array = new Float32Array(image.data.length)): Image {
  const { width, height, channels: c } = image;
  const runs = se.runs.map(({ dy, x0, x1 }) => ({ dy: sign * dy, a: Math.min(sign * x0, sign * x1), b: Math.max(sign * x0, sign * x1) }));
  if (se.isRect) {
    const dyLo = Math.min(...runs.map((r) => r.dy));
    const dyHi = Math.max(...runs.map((r) => r.dy));
    const { a, b } = runs[0]!;
    if (a === -1 && b === 1 && dyLo === -1 && dyHi === 1) {
      if (!rect3Int(image, isMax, out)) rect3(image, isMax, out); // negative values: redo on floats
    } else {
      const tmp = new Float32Array(out.length);
      horizontal(image, a, b, isMax, tmp);
      vertical({ width, height, channels: c, data: tmp }, dyLo, dyHi, isMax, out);
    }
  } else {
    const identity = isMax ? -Infinity : Infinity;
    out.fill(identity);
    const n = width * c;
    const cache = new Map<string, Float32Array>();
    for (const { dy, a, b } of runs) {
      const key = `${a},${b}`;
      let hImg = cache.get(key);
      if (!hImg) {
        hImg = new Float32Array(out.length);
        horizontal(image, a, b, isMax, hImg);
        cache.set(key, hImg);
      }
      const y0 = Math.max(0, -dy);
      const y1 = Math.min(height, height - dy);
      for (let y = y0; y < y1; y++) extremeRows(out, y * n, hImg, (y + dy) * n, out, y * n, n, isMax);
    }
  }
  if (!se.runs.some((r) => r.dy === 0 && r.x0 <= 0 && r.x1 >= 0)) {
    // The anchor is not a member: some pixels may see no member inside the image.
    const fallback = isMax ? 0 : 1;
    for (let i = 0; i < out.length; i++) if (out[i] === Infinity || out[i] === -Infinity) out[i] = fallback;
  }
  return { width, height, channels: c, data: out };
}
