import { ArgumentTypeError, describeValue } from "../core/errors";
import { transform } from "./internal";

/** Options of {@link fft1d}. */
export interface Fft1dOptions {
  /** Inverse transform: e^{+2πikn/N} and a 1/N factor, so fft1d(inverse) undoes fft1d. @default false */
  inverse?: boolean;
}

/**
 * In-place discrete Fourier transform of the complex sequence `re + i·im`:
 * X[k] = Σₙ x[n]·e^{−2πikn/N} (no scaling forward; 1/N on the inverse). Power-of-two lengths use an
 * iterative radix-2 Cooley–Tukey FFT; any other length uses Bluestein's chirp-z algorithm
 * (a power-of-two FFT of size ≥ 2N−1), so every length is exact (no zero-padding of the signal), O(N log N).
 * @example const re = Float64Array.from([1, 2, 3, 4]), im = new Float64Array(4); fourier.fft1d(re, im);
 * @see J. W. Cooley & J. W. Tukey, Math. Comp. 19, 1965; L. Bluestein, IEEE Trans. Audio Electroacoust. 18(4), 1970.
 */
export function fft1d(re: Float64Array, im: Float64Array, options: Fft1dOptions = {}): void {
  const { inverse = false } = options;
  if (!(re instanceof Float64Array)) throw new ArgumentTypeError("re", `expected a Float64Array, got ${describeValue(re)}`);
  if (!(im instanceof Float64Array) || im.length !== re.length) {
    throw new ArgumentTypeError("im", `expected a Float64Array of length ${re.length}, got ${describeValue(im)}`);
  }
  transform(re, im, inverse);
}

