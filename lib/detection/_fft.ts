/**
 * Private 2-D complex FFT for correlation by convolution theorem, on split real/imaginary
 * Float64Arrays (row-major, `bx` columns × `by` rows, both powers of two).
 *
 * Made for pointwise products only, so it never reorders: the forward transform is decimation
 * in frequency (radix 4, one radix-2 stage when log₂ n is odd) and leaves the spectrum in
 * digit-reversed order; the inverse runs the exact inverse stages in reverse order
 * (decimation in time), taking that order back to natural order. Two spectra made by the same
 * forward transform can be multiplied point by point whatever the order. Rows are transformed
 * one at a time (a row stays in L1); columns are transformed a whole row of butterflies at a
 * time (unit stride, one twiddle per inner loop), so there is no transpose and no bit-reversal pass.
 */

/** cos/sin of 2πk/n, k < n, cached per n (immutable, so sharing is safe). */
export interface Twiddles {
  n: number;
  cos: Float64Array;
  sin: Float64Array;
}

const cache = new Map<number, Twiddles>();

export function twiddles(n: number): Twiddles {
  let t = cache.get(n);
  if (t) return t;
  const cos = new Float64Array(n);
  const sin = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    cos[k] = Math.cos((2 * Math.PI * k) / n);
    sin[k] = Math.sin((2 * Math.PI * k) / n);
  }
  t = { n, cos, sin };
  cache.set(n, t);
  return t;
}

const isOddPower = (n: number): boolean => (31 - Math.clz32(n)) % 2 === 1;

/** Forward DIF transform of rows r0 … r1−1 (each of length bx, in place). */
export function rowsForward(re: Float64Array, im: Float64Array, bx: number, r0: number, r1: number): void {
  if (bx === 1) return;
  const { cos, sin } = twiddles(bx);
  const odd = isOddPower(bx);
  for (let r = r0; r < r1; r++) {
    const off = r * bx;
    const end = off + bx;
    let L = bx;
    if (odd) {
      const h = L >> 1;
      for (let j = 0; j < h; j++) {
        const a = off + j;
        const b = a + h;
        const ar = re[a]!, ai = im[a]!, br = re[b]!, bi = im[b]!;
        re[a] = ar + br;
        im[a] = ai + bi;
        const dr = ar - br, di = ai - bi;
        const c = cos[j]!, s = sin[j]!; // × (c − i s)
        re[b] = dr * c + di * s;
        im[b] = di * c - dr * s;
      }
      L = h;
    }
    for (; L > 4; L >>= 2) {
      const q = L >> 2;
      const step = bx / L;
      for (let s0 = off; s0 < end; s0 += L) {
        for (let j = 0, k = 0; j < q; j++, k += step) {
          const i0 = s0 + j, i1 = i0 + q, i2 = i1 + q, i3 = i2 + q;
          const x0r = re[i0]!, x0i = im[i0]!, x1r = re[i1]!, x1i = im[i1]!;
          const x2r = re[i2]!, x2i = im[i2]!, x3r = re[i3]!, x3i = im[i3]!;
          const t0r = x0r + x2r, t0i = x0i + x2i, t1r = x0r - x2r, t1i = x0i - x2i;
          const t2r = x1r + x3r, t2i = x1i + x3i, t3r = x1r - x3r, t3i = x1i - x3i;
          re[i0] = t0r + t2r;
          im[i0] = t0i + t2i;
          // y2 = t0 − t2, y1 = t1 − i·t3, y3 = t1 + i·t3; then × W^(2k), W^k, W^(3k) (W = e^(−2πi/bx))
          let yr = t0r - t2r, yi = t0i - t2i;
          let c = cos[2 * k]!, s = sin[2 * k]!;
          re[i1] = yr * c + yi * s;
          im[i1] = yi * c - yr * s;
          yr = t1r + t3i;
          yi = t1i - t3r;
          c = cos[k]!;
          s = sin[k]!;
          re[i2] = yr * c + yi * s;
          im[i2] = yi * c - yr * s;
          yr = t1r - t3i;
          yi = t1i + t3r;
          c = cos[3 * k]!;
          s = sin[3 * k]!;
          re[i3] = yr * c + yi * s;
          im[i3] = yi * c - yr * s;
        }
      }
    }
    if (L === 4) {
      for (let i0 = off; i0 < end; i0 += 4) {
        const x0r = re[i0]!, x0i = im[i0]!, x1r = re[i0 + 1]!, x1i = im[i0 + 1]!;
        const x2r = re[i0 + 2]!, x2i = im[i0 + 2]!, x3r = re[i0 + 3]!, x3i = im[i0 + 3]!;
        const t0r = x0r + x2r, t0i = x0i + x2i, t1r = x0r - x2r, t1i = x0i - x2i;
        const t2r = x1r + x3r, t2i = x1i + x3i, t3r = x1r - x3r, t3i = x1i - x3i;
        re[i0] = t0r + t2r;
        im[i0] = t0i + t2i;
        re[i0 + 1] = t0r - t2r;
        im[i0 + 1] = t0i - t2i;
        re[i0 + 2] = t1r + t3i;
        im[i0 + 2] = t1i - t3r;
        re[i0 + 3] = t1r - t3i;
        im[i0 + 3] = t1i + t3r;
      }
    } else if (L === 2 && !odd) {
      // unreachable for powers of two (an even power ends at 4, an odd one started with radix 2)
    }
  }
}

/** Inverse of {@link rowsForward} (unscaled: the result is bx times the input), rows r0 … r1−1. */
export function rowsInverse(re: Float64Array, im: Float64Array, bx: number, r0: number, r1: number): void {
  if (bx === 1) return;
  const { cos, sin } = twiddles(bx);
  const odd = isOddPower(bx);
  const top = odd ? bx >> 1 : bx; // largest radix-4 span
  for (let r = r0; r < r1; r++) {
    const off = r * bx;
    const end = off + bx;
    let L = 4;
    if (top >= 4) {
      for (let i0 = off; i0 < end; i0 += 4) {
        const y0r = re[i0]!, y0i = im[i0]!, y2r = re[i0 + 1]!, y2i = im[i0 + 1]!;
        const y1r = re[i0 + 2]!, y1i = im[i0 + 2]!, y3r = re[i0 + 3]!, y3i = im[i0 + 3]!;
        const u0r = y0r + y2r, u0i = y0i + y2i, u1r = y0r - y2r, u1i = y0i - y2i;
        const u2r = y1r + y3r, u2i = y1i + y3i, u3r = y1r - y3r, u3i = y1i - y3i;
        // x0 = u0 + u2, x2 = u0 − u2, x1 = u1 + i·u3, x3 = u1 − i·u3
        re[i0] = u0r + u2r;
        im[i0] = u0i + u2i;
        re[i0 + 2] = u0r - u2r;
        im[i0 + 2] = u0i - u2i;
        re[i0 + 1] = u1r - u3i;
        im[i0 + 1] = u1i + u3r;
        re[i0 + 3] = u1r + u3i;
        im[i0 + 3] = u1i - u3r;
      }
      L = 16;
    }
    for (; L <= top; L <<= 2) {
      const q = L >> 2;
      const step = bx / L;
      for (let s0 = off; s0 < end; s0 += L) {
        for (let j = 0, k = 0; j < q; j++, k += step) {
          const i0 = s0 + j, i1 = i0 + q, i2 = i1 + q, i3 = i2 + q;
          // undo the twiddles (× conj W^m k), then the inverse 4-point transform
          const y0r = re[i0]!, y0i = im[i0]!;
          let zr = re[i1]!, zi = im[i1]!;
          let c = cos[2 * k]!, s = sin[2 * k]!;
          const y2r = zr * c - zi * s, y2i = zi * c + zr * s;
          zr = re[i2]!;
          zi = im[i2]!;
          c = cos[k]!;
          s = sin[k]!;
          const y1r = zr * c - zi * s, y1i = zi * c + zr * s;
          zr = re[i3]!;
          zi = im[i3]!;
          c = cos[3 * k]!;
          s = sin[3 * k]!;
          const y3r = zr * c - zi * s, y3i = zi * c + zr * s;
          const u0r = y0r + y2r, u0i = y0i + y2i, u1r = y0r - y2r, u1i = y0i - y2i;
          const u2r = y1r + y3r, u2i = y1i + y3i, u3r = y1r - y3r, u3i = y1i - y3i;
          re[i0] = u0r + u2r;
          im[i0] = u0i + u2i;
          re[i2] = u0r - u2r;
          im[i2] = u0i - u2i;
          re[i1] = u1r - u3i;
          im[i1] = u1i + u3r;
          re[i3] = u1r + u3i;
          im[i3] = u1i - u3r;
        }
      }
    }
    if (odd) {
      const h = bx >> 1;
      for (let j = 0; j < h; j++) {
        const a = off + j;
        const b = a + h;
        const c = cos[j]!, s = sin[j]!;
        const zr = re[b]!, zi = im[b]!;
        const dr = zr * c - zi * s, di = zi * c + zr * s;
        const ar = re[a]!, ai = im[a]!;
        re[a] = ar + dr;
        im[a] = ai + di;
        re[b] = ar - dr;
        im[b] = ai - di;
      }
    }
  }
}

/**
 * Forward DIF transform along the columns (length by) of a bx × by block, for columns xa … xb−1
 * at once (a narrow range keeps the working set in cache).
 */
export function colsForward(re: Float64Array, im: Float64Array, bx: number, by: number, xa = 0, xb = bx, TR?: Float64Array, TI?: Float64Array): void {
  if (by < 4) {
    colsForwardGeneral(re, im, bx, by, xa, xb);
    if (TR && TI) multiplyCols(re, im, TR, TI, bx, by, xa, xb);
    return;
  }
  colsForwardGeneral(re, im, bx, by, xa, xb, 4);
  // last stage (span 4, no twiddles), optionally fused with the product by a spectrum
  const fuse = TR !== undefined && TI !== undefined;
  for (let r0 = 0; r0 < by * bx; r0 += 4 * bx) {
    const r1 = r0 + bx, r2 = r1 + bx, r3 = r2 + bx;
    for (let x = xa; x < xb; x++) {
      const i0 = r0 + x, i1 = r1 + x, i2 = r2 + x, i3 = r3 + x;
      const x0r = re[i0]!, x0i = im[i0]!, x1r = re[i1]!, x1i = im[i1]!;
      const x2r = re[i2]!, x2i = im[i2]!, x3r = re[i3]!, x3i = im[i3]!;
      const t0r = x0r + x2r, t0i = x0i + x2i, t1r = x0r - x2r, t1i = x0i - x2i;
      const t2r = x1r + x3r, t2i = x1i + x3i, t3r = x1r - x3r, t3i = x1i - x3i;
      let y0r = t0r + t2r, y0i = t0i + t2i, y2r = t0r - t2r, y2i = t0i - t2i;
      let y1r = t1r + t3i, y1i = t1i - t3r, y3r = t1r - t3i, y3i = t1i + t3r;
      if (fuse) {
        let tr = TR[i0]!, ti = TI[i0]!, u = y0r;
        y0r = u * tr - y0i * ti;
        y0i = u * ti + y0i * tr;
        tr = TR[i1]!;
        ti = TI[i1]!;
        u = y2r;
        y2r = u * tr - y2i * ti;
        y2i = u * ti + y2i * tr;
        tr = TR[i2]!;
        ti = TI[i2]!;
        u = y1r;
        y1r = u * tr - y1i * ti;
        y1i = u * ti + y1i * tr;
        tr = TR[i3]!;
        ti = TI[i3]!;
        u = y3r;
        y3r = u * tr - y3i * ti;
        y3i = u * ti + y3i * tr;
      }
      re[i0] = y0r;
      im[i0] = y0i;
      re[i1] = y2r;
      im[i1] = y2i;
      re[i2] = y1r;
      im[i2] = y1i;
      re[i3] = y3r;
      im[i3] = y3i;
    }
  }
}

/** Spectrum product over columns xa … xb−1 of every row: z ← z·t. */
export function multiplyCols(re: Float64Array, im: Float64Array, TR: Float64Array, TI: Float64Array, bx: number, by: number, xa: number, xb: number): void {
  for (let r = 0; r < by; r++) {
    const o = r * bx;
    for (let k = o + xa, e = o + xb; k < e; k++) {
      const zr = re[k]!, zi = im[k]!, tr = TR[k]!, ti = TI[k]!;
      re[k] = zr * tr - zi * ti;
      im[k] = zr * ti + zi * tr;
    }
  }
}

/** The stages of the column transform down to span `stopAt` (exclusive; 1 = all of them). */
function colsForwardGeneral(re: Float64Array, im: Float64Array, bx: number, by: number, xa: number, xb: number, stopAt = 1): void {
  if (by === 1) return;
  const { cos, sin } = twiddles(by);
  const odd = isOddPower(by);
  let L = by;
  if (odd) {
    const h = L >> 1;
    for (let j = 0; j < h; j++) {
      const c = cos[j]!, s = sin[j]!;
      const a0 = j * bx;
      const b0 = (j + h) * bx;
      for (let x = xa; x < xb; x++) {
        const a = a0 + x;
        const b = b0 + x;
        const ar = re[a]!, ai = im[a]!, br = re[b]!, bi = im[b]!;
        re[a] = ar + br;
        im[a] = ai + bi;
        const dr = ar - br, di = ai - bi;
        re[b] = dr * c + di * s;
        im[b] = di * c - dr * s;
      }
    }
    L = h;
  }
  for (; L >= 4 && L > stopAt; L >>= 2) {
    const q = L >> 2;
    const step = by / L;
    for (let s0 = 0; s0 < by; s0 += L) {
      for (let j = 0, k = 0; j < q; j++, k += step) {
        const c1 = cos[k]!, s1 = sin[k]!, c2 = cos[2 * k]!, s2 = sin[2 * k]!, c3 = cos[3 * k]!, s3 = sin[3 * k]!;
        const r0 = (s0 + j) * bx, r1 = r0 + q * bx, r2 = r1 + q * bx, r3 = r2 + q * bx;
        for (let x = xa; x < xb; x++) {
          const i0 = r0 + x, i1 = r1 + x, i2 = r2 + x, i3 = r3 + x;
          const x0r = re[i0]!, x0i = im[i0]!, x1r = re[i1]!, x1i = im[i1]!;
          const x2r = re[i2]!, x2i = im[i2]!, x3r = re[i3]!, x3i = im[i3]!;
          const t0r = x0r + x2r, t0i = x0i + x2i, t1r = x0r - x2r, t1i = x0i - x2i;
          const t2r = x1r + x3r, t2i = x1i + x3i, t3r = x1r - x3r, t3i = x1i - x3i;
          re[i0] = t0r + t2r;
          im[i0] = t0i + t2i;
          let yr = t0r - t2r, yi = t0i - t2i;
          re[i1] = yr * c2 + yi * s2;
          im[i1] = yi * c2 - yr * s2;
          yr = t1r + t3i;
          yi = t1i - t3r;
          re[i2] = yr * c1 + yi * s1;
          im[i2] = yi * c1 - yr * s1;
          yr = t1r - t3i;
          yi = t1i + t3r;
          re[i3] = yr * c3 + yi * s3;
          im[i3] = yi * c3 - yr * s3;
        }
      }
    }
  }
}

/** Inverse of {@link colsForward} (unscaled: the result is by times the input), columns xa … xb−1. */
export function colsInverse(re: Float64Array, im: Float64Array, bx: number, by: number, xa = 0, xb = bx): void {
  if (by === 1) return;
  const { cos, sin } = twiddles(by);
  const odd = isOddPower(by);
  const top = odd ? by >> 1 : by;
  for (let L = 4; L <= top; L <<= 2) {
    const q = L >> 2;
    const step = by / L;
    for (let s0 = 0; s0 < by; s0 += L) {
      for (let j = 0, k = 0; j < q; j++, k += step) {
        const c1 = cos[k]!, s1 = sin[k]!, c2 = cos[2 * k]!, s2 = sin[2 * k]!, c3 = cos[3 * k]!, s3 = sin[3 * k]!;
        const r0 = (s0 + j) * bx, r1 = r0 + q * bx, r2 = r1 + q * bx, r3 = r2 + q * bx;
        for (let x = xa; x < xb; x++) {
          const i0 = r0 + x, i1 = r1 + x, i2 = r2 + x, i3 = r3 + x;
          const y0r = re[i0]!, y0i = im[i0]!;
          let zr = re[i1]!, zi = im[i1]!;
          const y2r = zr * c2 - zi * s2, y2i = zi * c2 + zr * s2;
          zr = re[i2]!;
          zi = im[i2]!;
          const y1r = zr * c1 - zi * s1, y1i = zi * c1 + zr * s1;
          zr = re[i3]!;
          zi = im[i3]!;
          const y3r = zr * c3 - zi * s3, y3i = zi * c3 + zr * s3;
          const u0r = y0r + y2r, u0i = y0i + y2i, u1r = y0r - y2r, u1i = y0i - y2i;
          const u2r = y1r + y3r, u2i = y1i + y3i, u3r = y1r - y3r, u3i = y1i - y3i;
          re[i0] = u0r + u2r;
          im[i0] = u0i + u2i;
          re[i2] = u0r - u2r;
          im[i2] = u0i - u2i;
          re[i1] = u1r - u3i;
          im[i1] = u1i + u3r;
          re[i3] = u1r + u3i;
          im[i3] = u1i - u3r;
        }
      }
    }
  }
  if (odd) {
    const h = by >> 1;
    for (let j = 0; j < h; j++) {
      const c = cos[j]!, s = sin[j]!;
      const a0 = j * bx;
      const b0 = (j + h) * bx;
      for (let x = xa; x < xb; x++) {
        const a = a0 + x;
        const b = b0 + x;
        const zr = re[b]!, zi = im[b]!;
        const dr = zr * c - zi * s, di = zi * c + zr * s;
        const ar = re[a]!, ai = im[a]!;
        re[a] = ar + dr;
        im[a] = ai + di;
        re[b] = ar - dr;
        im[b] = ai - di;
      }
    }
  }
}
