import { ArgumentTypeError, describeValue } from "../core/errors";
import type { Spectrum } from "./spectrum";

/** Internal (trusted) entry: forward or inverse (with 1/N) DFT in place. */
export function transform(re: Float64Array, im: Float64Array, inverse: boolean): void {
  const n = re.length;
  if (n <= 1) return;
  if ((n & (n - 1)) === 0) radix2(re, im, inverse);
  else bluestein(re, im, inverse);
  if (inverse) {
    const s = 1 / n;
    for (let i = 0; i < n; i++) {
      re[i]! *= s;
      im[i]! *= s;
    }
  }
}

const twiddleCache = new Map<number, { cos: Float64Array; sin: Float64Array }>();
function twiddles(n: number): { cos: Float64Array; sin: Float64Array } {
  let t = twiddleCache.get(n);
  if (!t) {
    const cos = new Float64Array(n >> 1), sin = new Float64Array(n >> 1);
    for (let i = 0; i < n >> 1; i++) {
      cos[i] = Math.cos((2 * Math.PI * i) / n);
      sin[i] = Math.sin((2 * Math.PI * i) / n);
    }
    t = { cos, sin };
    if (twiddleCache.size < 64) twiddleCache.set(n, t);
  }
  return t;
}

/** Iterative radix-2 FFT (no scaling). */
function radix2(re: Float64Array, im: Float64Array, inverse: boolean): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      let t = re[i]!; re[i] = re[j]!; re[j] = t;
      t = im[i]!; im[i] = im[j]!; im[j] = t;
    }
  }
  const { cos, sin } = twiddles(n);
  const sign = inverse ? 1 : -1;
  for (let len = 2; len <= n; len <<= 1) {
    const half = len >> 1, step = n / len;
    for (let i = 0; i < n; i += len) {
      for (let k = 0; k < half; k++) {
        const wr = cos[k * step]!, wi = sign * sin[k * step]!;
        const a = i + k, b = a + half;
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

/** Bluestein: X[k] = conj(w[k]) · Σ (x[n]·conj(w[n])) · w[k−n], w[n] = e^{iπn²/N}. */
function bluestein(re: Float64Array, im: Float64Array, inverse: boolean): void {
  const n = re.length;
  let m = 1;
  while (m < 2 * n - 1) m <<= 1;
  const sign = inverse ? 1 : -1;
  const cr = new Float64Array(n), ci = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const a = (Math.PI * ((k * k) % (2 * n))) / n; // reduce k² mod 2N for accuracy
    cr[k] = Math.cos(a);
    ci[k] = sign * Math.sin(a);
  }
  const ar = new Float64Array(m), ai = new Float64Array(m);
  for (let k = 0; k < n; k++) {
    ar[k] = re[k]! * cr[k]! - im[k]! * ci[k]!;
    ai[k] = re[k]! * ci[k]! + im[k]! * cr[k]!;
  }
  const br = new Float64Array(m), bi = new Float64Array(m);
  br[0] = cr[0]!;
  bi[0] = -ci[0]!;
  for (let k = 1; k < n; k++) {
    br[k] = br[m - k] = cr[k]!;
    bi[k] = bi[m - k] = -ci[k]!;
  }
  radix2(ar, ai, false);
  radix2(br, bi, false);
  for (let i = 0; i < m; i++) {
    const r = ar[i]! * br[i]! - ai[i]! * bi[i]!;
    ai[i] = ar[i]! * bi[i]! + ai[i]! * br[i]!;
    ar[i] = r;
  }
  radix2(ar, ai, true);
  const s = 1 / m;
  for (let k = 0; k < n; k++) {
    const xr = ar[k]! * s, xi = ai[k]! * s;
    re[k] = xr * cr[k]! - xi * ci[k]!;
    im[k] = xr * ci[k]! + xi * cr[k]!;
  }
}

/** Separable 2-D transform in place (rows, then columns). Internal. */
export function transform2d(re: Float64Array, im: Float64Array, w: number, h: number, inverse: boolean): void {
  if (w > 1) {
    const rr = new Float64Array(w), ri = new Float64Array(w);
    for (let y = 0; y < h; y++) {
      const o = y * w;
      rr.set(re.subarray(o, o + w));
      ri.set(im.subarray(o, o + w));
      transform(rr, ri, inverse);
      re.set(rr, o);
      im.set(ri, o);
    }
  }
  if (h > 1) {
    const cr = new Float64Array(h), ci = new Float64Array(h);
    for (let x = 0; x < w; x++) {
      for (let y = 0; y < h; y++) {
        cr[y] = re[y * w + x]!;
        ci[y] = im[y * w + x]!;
      }
      transform(cr, ci, inverse);
      for (let y = 0; y < h; y++) {
        re[y * w + x] = cr[y]!;
        im[y * w + x] = ci[y]!;
      }
    }
  }
}

/** Validate a Spectrum argument (public boundary). Internal. */
export function checkSpectrum(spec: unknown, argument: string): asserts spec is Spectrum {
  const s = spec as Partial<Spectrum> | null;
  if (typeof s !== "object" || s === null || !(s.re instanceof Float64Array) || !(s.im instanceof Float64Array) || !Number.isInteger(s.width) || !Number.isInteger(s.height)) {
    throw new ArgumentTypeError(argument, `expected a Spectrum {width, height, re, im} from fourier.fft2(), got ${describeValue(spec)}`);
  }
  const n = s.width! * s.height!;
  if (s.width! < 1 || s.height! < 1 || s.re.length !== n || s.im.length !== n) {
    throw new ArgumentTypeError(argument, `re and im must hold width×height = ${n} values, got ${s.re.length} and ${s.im.length}`);
  }
}
