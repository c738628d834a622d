/**
 * Internal engine of the separable linear filters (separableFilter, gaussianBlur, unsharpMask).
 * Rows are processed two at a time: the vertical taps of two output rows share their input loads
 * and go into two padded row buffers, the border columns are filled, then the horizontal taps
 * write the output rows. Hot loops are small monomorphic functions (so V8 optimises them early);
 * scratch is allocated once per call.
 */
import type { Image } from "../../core/image";
import { borderIndex, type BorderMode } from "../border";

function isSymmetric(k: Float64Array): boolean {
  const n = k.length;
  for (let i = 0; i < n >> 1; i++) if (k[i] !== k[n - 1 - i]) return false;
  return true;
}

// ---- vertical passes: write n values into b (and b2) from offset p ----
function vSym5x2(s: Float32Array, b: Float32Array, b2: Float32Array, p: number, o: Int32Array, n: number, k0: number, k1: number, k2: number): void {
  const o0 = o[0]!, o1 = o[1]!, o2 = o[2]!, o3 = o[3]!, o4 = o[4]!, o5 = o[5]!;
  for (let x = 0; x < n; x++) {
    const s1 = s[o1 + x]!, s2 = s[o2 + x]!, s3 = s[o3 + x]!, s4 = s[o4 + x]!;
    b[p + x] = k0 * (s[o0 + x]! + s4) + k1 * (s1 + s3) + k2 * s2;
    b2[p + x] = k0 * (s1 + s[o5 + x]!) + k1 * (s2 + s4) + k2 * s3;
  }
}
function vSym3x2(s: Float32Array, b: Float32Array, b2: Float32Array, p: number, o: Int32Array, n: number, k0: number, k1: number): void {
  const o0 = o[0]!, o1 = o[1]!, o2 = o[2]!, o3 = o[3]!;
  for (let x = 0; x < n; x++) {
    const s1 = s[o1 + x]!, s2 = s[o2 + x]!;
    b[p + x] = k0 * (s[o0 + x]! + s2) + k1 * s1;
    b2[p + x] = k0 * (s1 + s[o3 + x]!) + k1 * s2;
  }
}
/** Generic vertical taps for one row; rows with offset < 0 read `value`. `first` = index of the first tap in `o`. */
function vGeneric(s: Float32Array, b: Float32Array, p: number, o: Int32Array, first: number, k: Float64Array, n: number, value: number): void {
  let constTerm = 0;
  for (let i = 0; i < k.length; i++) if (o[first + i]! < 0) constTerm += k[i]! * value;
  b.fill(constTerm, p, p + n);
  for (let i = 0; i < k.length; i++) {
    const off = o[first + i]!;
    const w = k[i]!;
    if (off < 0 || w === 0) continue;
    for (let x = 0; x < n; x++) b[p + x] += w * s[off + x]!;
  }
}

// ---- horizontal passes: out[d + x] for x < n from the padded buffer b ----
function hSym5c1(b: Float32Array, out: Float32Array, d: number, n: number, k0: number, k1: number, k2: number): void {
  let a0 = b[0]!, a1 = b[1]!, a2 = b[2]!, a3 = b[3]!;
  for (let x = 0; x < n; x++) {
    const a4 = b[x + 4]!;
    out[d + x] = k0 * (a0 + a4) + k1 * (a1 + a3) + k2 * a2;
    a0 = a1;
    a1 = a2;
    a2 = a3;
    a3 = a4;
  }
}
function hSym3c1(b: Float32Array, out: Float32Array, d: number, n: number, k0: number, k1: number): void {
  let a0 = b[0]!, a1 = b[1]!;
  for (let x = 0; x < n; x++) {
    const a2 = b[x + 2]!;
    out[d + x] = k0 * (a0 + a2) + k1 * a1;
    a0 = a1;
    a1 = a2;
  }
}
function hSym(b: Float32Array, out: Float32Array, d: number, n: number, k: Float64Array, c: number): void {
  const r = k.length >> 1;
  const kc = k[r]!;
  const pad = r * c;
  for (let x = 0; x < n; x++) {
    const centre = x + pad;
    let sum = kc * b[centre]!;
    for (let j = 1, o = c; j <= r; j++, o += c) sum += k[r - j]! * (b[centre - o]! + b[centre + o]!);
    out[d + x] = sum;
  }
}
function hGeneric(b: Float32Array, out: Float32Array, d: number, n: number, k: Float64Array, c: number): void {
  const nk = k.length;
  for (let x = 0; x < n; x++) {
    let sum = 0;
    for (let j = 0, o = x; j < nk; j++, o += c) sum += k[j]! * b[o]!;
    out[d + x] = sum;
  }
}

/**
 * 5×5 symmetric, one channel, a row pair whose ten source rows are inside the image: vertical taps
 * of both rows and the horizontal taps fused in one sweep, the five horizontal inputs of each row
 * sliding in registers (`Math.fround` = the float32 store the buffered form makes), so the row
 * buffers are written and read only for the first and last four columns (and the margins). Same
 * arithmetic, in the same order, as vSym5x2 + hSym5c1. Needs n ≥ 5; `bA`/`bB` are the padded
 * buffers (pad 2) whose margins `fill` completes from columns 0…3 and n − 4…n − 1.
 */
function fused5x2(s: Float32Array, o: Int32Array, n: number, k0: number, k1: number, k2: number, bA: Float32Array, bB: Float32Array, fill: (buf: Float32Array) => void, out: Float32Array, d: number): void {
  const o0 = o[0]!, o1 = o[1]!, o2 = o[2]!, o3 = o[3]!, o4 = o[4]!, o5 = o[5]!;
  // vertical taps of the first and last four columns into the buffers, then their margins
  for (let j = 0; j < 8; j++) {
    const x = j < 4 ? j : n - 8 + j;
    const s1 = s[o1 + x]!, s2 = s[o2 + x]!, s3 = s[o3 + x]!, s4 = s[o4 + x]!;
    bA[2 + x] = k0 * (s[o0 + x]! + s4) + k1 * (s1 + s3) + k2 * s2;
    bB[2 + x] = k0 * (s1 + s[o5 + x]!) + k1 * (s2 + s4) + k2 * s3;
  }
  fill(bA);
  fill(bB);
  const d2 = d + n;
  // outputs 0, 1 and n − 2, n − 1 from the buffers
  for (let j = 0; j < 4; j++) {
    const x = j < 2 ? j : n - 4 + j;
    out[d + x] = k0 * (bA[x]! + bA[x + 4]!) + k1 * (bA[x + 1]! + bA[x + 3]!) + k2 * bA[x + 2]!;
    out[d2 + x] = k0 * (bB[x]! + bB[x + 4]!) + k1 * (bB[x + 1]! + bB[x + 3]!) + k2 * bB[x + 2]!;
  }
  fused5x2Interior(s, o0, o1, o2, o3, o4, o5, n, k0, k1, k2, bA, bB, out, d);
}

/**
 * Outputs 2 … n − 3 of {@link fused5x2}'s row pair: columns x − 2 … x + 1 in registers (starting
 * from the buffers' columns 0…3), columns x + 2 and x + 3 computed here; two outputs per step.
 * Its own function so that the loop is compiled with nothing else live.
 */
function fused5x2Interior(s: Float32Array, o0: number, o1: number, o2: number, o3: number, o4: number, o5: number, n: number, k0: number, k1: number, k2: number, bA: Float32Array, bB: Float32Array, out: Float32Array, d: number): void {
  const d2 = d + n;
  let a0 = bA[2]!, a1 = bA[3]!, a2 = bA[4]!, a3 = bA[5]!;
  let b0 = bB[2]!, b1 = bB[3]!, b2 = bB[4]!, b3 = bB[5]!;
  let x = 2;
  for (; x + 3 < n; x += 2) {
    let i = x + 2;
    let s1 = s[o1 + i]!, s2 = s[o2 + i]!, s3 = s[o3 + i]!, s4 = s[o4 + i]!;
    const a4 = Math.fround(k0 * (s[o0 + i]! + s4) + k1 * (s1 + s3) + k2 * s2);
    const b4 = Math.fround(k0 * (s1 + s[o5 + i]!) + k1 * (s2 + s4) + k2 * s3);
    i++;
    s1 = s[o1 + i]!;
    s2 = s[o2 + i]!;
    s3 = s[o3 + i]!;
    s4 = s[o4 + i]!;
    const a5 = Math.fround(k0 * (s[o0 + i]! + s4) + k1 * (s1 + s3) + k2 * s2);
    const b5 = Math.fround(k0 * (s1 + s[o5 + i]!) + k1 * (s2 + s4) + k2 * s3);
    out[d + x] = k0 * (a0 + a4) + k1 * (a1 + a3) + k2 * a2;
    out[d2 + x] = k0 * (b0 + b4) + k1 * (b1 + b3) + k2 * b2;
    out[d + x + 1] = k0 * (a1 + a5) + k1 * (a2 + a4) + k2 * a3;
    out[d2 + x + 1] = k0 * (b1 + b5) + k1 * (b2 + b4) + k2 * b3;
    a0 = a2; a1 = a3; a2 = a4; a3 = a5;
    b0 = b2; b1 = b3; b2 = b4; b3 = b5;
  }
  if (x < n - 2) {
    // one output left (x = n − 3): its column x + 2 = n − 1
    const i = x + 2;
    const s1 = s[o1 + i]!, s2 = s[o2 + i]!, s3 = s[o3 + i]!, s4 = s[o4 + i]!;
    const a4 = Math.fround(k0 * (s[o0 + i]! + s4) + k1 * (s1 + s3) + k2 * s2);
    const b4 = Math.fround(k0 * (s1 + s[o5 + i]!) + k1 * (s2 + s4) + k2 * s3);
    out[d + x] = k0 * (a0 + a4) + k1 * (a1 + a3) + k2 * a2;
    out[d2 + x] = k0 * (b0 + b4) + k1 * (b1 + b3) + k2 * b2;
  }
}

/** Correlate every channel of `image` with `kx` along x and `ky` along y (odd lengths, trusted). */
export function separableRaw(
  image: Image,
  kx: Float64Array,
  ky: Float64Array,
  border: BorderMode,
  borderValue: number,
  out: Float32Array = new Float32Array(image.data.length),
): Image {
  const { width, height, channels: c, data: src } = image;
  const rx = kx.length >> 1;
  const ry = ky.length >> 1;
  const nky = ky.length;
  const rowLen = width * c;
  const pad = rx * c;
  const bufA = new Float32Array(rowLen + 2 * pad);
  const bufB = new Float32Array(rowLen + 2 * pad);
  const offs = new Int32Array(nky + 1);
  const marginSrc = new Int32Array(2 * rx);
  for (let j = 0; j < rx; j++) {
    marginSrc[j] = borderIndex(j - rx, width, border);
    marginSrc[rx + j] = borderIndex(width + j, width, border);
  }
  let kySum = 0;
  for (let i = 0; i < nky; i++) kySum += ky[i]!;
  const marginValue = borderValue * kySum; // a column outside the image after the vertical taps
  const symX = isSymmetric(kx);
  const symY = isSymmetric(ky);
  const fillMargins = (buf: Float32Array): void => {
    for (let j = 0; j < rx; j++) {
      const l = marginSrc[j]!;
      const r = marginSrc[rx + j]!;
      for (let ch = 0; ch < c; ch++) {
        buf[j * c + ch] = l < 0 ? marginValue : buf[pad + l * c + ch]!;
        buf[pad + rowLen + j * c + ch] = r < 0 ? marginValue : buf[pad + r * c + ch]!;
      }
    }
  };
  const horizontal = (buf: Float32Array, y: number): void => {
    fillMargins(buf);
    const d = y * rowLen;
    if (symX && rx === 2 && c === 1) hSym5c1(buf, out, d, rowLen, kx[0]!, kx[1]!, kx[2]!);
    else if (symX && rx === 1 && c === 1) hSym3c1(buf, out, d, rowLen, kx[0]!, kx[1]!);
    else if (symX) hSym(buf, out, d, rowLen, kx, c);
    else hGeneric(buf, out, d, rowLen, kx, c);
  };
  // the fused 5×5 path needs one channel, the same symmetric kernel both ways, ≥ 5 columns
  let fuse5 = symX && symY && rx === 2 && ry === 2 && c === 1 && width >= 5;
  for (let i = 0; fuse5 && i < 5; i++) if (kx[i] !== ky[i]) fuse5 = false;
  for (let y = 0; y < height; y += 2) {
    const pair = y + 1 < height;
    let allIn = true;
    for (let i = 0; i <= nky; i++) {
      const sy = borderIndex(y + i - ry, height, border);
      offs[i] = sy < 0 ? -1 : sy * rowLen;
      if (sy < 0 && (i < nky || pair)) allIn = false;
    }
    if (fuse5 && pair && allIn) {
      fused5x2(src, offs, rowLen, ky[0]!, ky[1]!, ky[2]!, bufA, bufB, fillMargins, out, y * rowLen);
      continue;
    }
    if (pair && allIn && symY && ry === 2) {
      vSym5x2(src, bufA, bufB, pad, offs, rowLen, ky[0]!, ky[1]!, ky[2]!);
    } else if (pair && allIn && symY && ry === 1) {
      vSym3x2(src, bufA, bufB, pad, offs, rowLen, ky[0]!, ky[1]!);
    } else {
      vGeneric(src, bufA, pad, offs, 0, ky, rowLen, borderValue);
      if (pair) vGeneric(src, bufB, pad, offs, 1, ky, rowLen, borderValue);
    }
    horizontal(bufA, y);
    if (pair) horizontal(bufB, y + 1);
  }
  return { width, height, channels: c, data: out };
}
