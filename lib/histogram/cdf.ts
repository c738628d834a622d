import { ArgumentTypeError, describeValue } from "../core/errors";

/** Options of {@link cdf}. */
export interface CdfOptions {
  /** Divide by the total count so the last entry is 1. @default false */
  normalize?: boolean;
}

/**
 * Cumulative histogram: `out[k] = hist[0] + … + hist[k]` (counts, or fractions with
 * `normalize`). An all-zero histogram stays all zero.
 * @example const c = cdf(histogram8(grey)[0], { normalize: true }); // c[127] = share of dark pixels
 * @see Gonzalez & Woods, Digital Image Processing (4th ed.), §3.3.1 (histogram equalization).
 */
export function cdf(hist: ArrayLike<number>, options: CdfOptions = {}): Float64Array {
  const { normalize = false } = options;
  if (hist === null || typeof hist !== "object" || typeof (hist as ArrayLike<number>).length !== "number" || hist.length === 0) {
    throw new ArgumentTypeError("hist", `expected a non-empty array of counts, got ${describeValue(hist)}`);
  }
  const n = hist.length;
  const out = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = hist[i]!;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new ArgumentTypeError(`hist[${i}]`, `expected a finite count, got ${describeValue(v)}`);
    }
    sum += v;
    out[i] = sum;
  }
  if (normalize && sum !== 0) for (let i = 0; i < n; i++) out[i] = out[i]! / sum;
  return out;
}
