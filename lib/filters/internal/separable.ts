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
  for (let y = 0; y < height; y += 2) {
    const pair = y + 1 < height;
    let allIn = true;
    for (let i = 0; i <= nky; i++) {
      const sy = borderIndex(y + i - ry, height, border);
      offs[i] = sy < 0 ? -1 : sy * rowLen;
      if (sy < 0 && (i < nky || pair)) allIn = false;
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
