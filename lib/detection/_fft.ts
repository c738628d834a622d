/**
 * Private radix-2 complex FFT (iterative, precomputed twiddles and bit reversal), on split
 * real/imaginary Float64Arrays, plus a 2-D version built from row transforms and transposes.
 */

export interface FftPlan {
  n: number;
  rev: Uint32Array;
  cos: Float64Array;
  sin: Float64Array;
}

const plans = new Map<number, FftPlan>();

/** Plan for length n (a power of two), cached: the tables are immutable, so sharing is safe. */
export function fftPlan(n: number): FftPlan {
  let p = plans.get(n);
  if (p) return p;
  const bits = Math.round(Math.log2(n));
  const rev = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let r = 0;
    for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
    rev[i] = r;
  }
  const cos = new Float64Array(n >> 1);
  const sin = new Float64Array(n >> 1);
  for (let i = 0; i < n >> 1; i++) {
    cos[i] = Math.cos((2 * Math.PI * i) / n);
    sin[i] = -Math.sin((2 * Math.PI * i) / n);
  }
  p = { n, rev, cos, sin };
  plans.set(n, p);
  return p;
}

/** In-place FFT of re/im[off … off+n); `inverse` uses +i twiddles and no scaling. */
export function fft1d(re: Float64Array, im: Float64Array, off: number, plan: FftPlan, inverse: boolean): void {
  const { n, rev, cos, sin } = plan;
  for (let i = 0; i < n; i++) {
    const j = rev[i]!;
    if (j > i) {
      const a = off + i;
      const b = off + j;
      let t = re[a]!;
      re[a] = re[b]!;
      re[b] = t;
      t = im[a]!;
      im[a] = im[b]!;
      im[b] = t;
    }
  }
  const sgn = inverse ? -1 : 1;
  for (let size = 2; size <= n; size <<= 1) {
    const half = size >> 1;
    const step = n / size;
    for (let start = off; start < off + n; start += size) {
      for (let k = 0, t = 0; k < half; k++, t += step) {
        const wr = cos[t]!;
        const wi = sgn * sin[t]!;
        const a = start + k;
        const b = a + half;
        const xr = re[b]! * wr - im[b]! * wi;
        const xi = re[b]! * wi + im[b]! * wr;
        re[b] = re[a]! - xr;
        im[b] = im[a]! - xi;
        re[a] = re[a]! + xr;
        im[a] = im[a]! + xi;
      }
    }
  }
}

/** Transpose rows×cols (src) into cols×rows (dst). */
export function transpose(src: Float64Array, dst: Float64Array, rows: number, cols: number): void {
  const B = 32;
  for (let r0 = 0; r0 < rows; r0 += B) {
    const r1 = Math.min(rows, r0 + B);
    for (let c0 = 0; c0 < cols; c0 += B) {
      const c1 = Math.min(cols, c0 + B);
      for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) dst[c * rows + r] = src[r * cols + c]!;
    }
  }
}

/**
 * Forward 2-D FFT of a by×bx complex block (row-major in re/im). The spectrum is left
 * **transposed** in (tre, tim): index kx·by + ky. `re`/`im` are clobbered.
 */
export function fft2dForward(re: Float64Array, im: Float64Array, tre: Float64Array, tim: Float64Array, bx: number, by: number): void {
  const px = fftPlan(bx);
  const py = fftPlan(by);
  for (let r = 0; r < by; r++) fft1d(re, im, r * bx, px, false);
  transpose(re, tre, by, bx);
  transpose(im, tim, by, bx);
  for (let r = 0; r < bx; r++) fft1d(tre, tim, r * by, py, false);
}

/** Inverse of {@link fft2dForward}: transposed spectrum in (tre, tim) → block in (re, im), scaled by 1/(bx·by). */
export function fft2dInverse(tre: Float64Array, tim: Float64Array, re: Float64Array, im: Float64Array, bx: number, by: number): void {
  const px = fftPlan(bx);
  const py = fftPlan(by);
  for (let r = 0; r < bx; r++) fft1d(tre, tim, r * by, py, true);
  transpose(tre, re, bx, by);
  transpose(tim, im, bx, by);
  for (let r = 0; r < by; r++) fft1d(re, im, r * bx, px, true);
  const s = 1 / (bx * by);
  for (let i = 0; i < bx * by; i++) (re[i] = re[i]! * s), (im[i] = im[i]! * s);
}
