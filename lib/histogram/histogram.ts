import type { Image } from "../core/image";
import { ArgumentRangeError, ArgumentTypeError, describeValue } from "../core/errors";
import { checkImage, checkInteger, checkNumber } from "../core/validate";

/** Options of {@link histogram}. */
export interface HistogramOptions {
  /** Number of equal-width bins. @default 256 */
  bins?: number;
  /** Value range `[lo, hi]` split into the bins; values outside are not counted. @default [0, 1] */
  range?: readonly [number, number];
}

/**
 * Per-channel histogram: for each channel a `Float64Array(bins)` of counts, bin `k` holding the
 * values with `⌊(v − lo)·bins/(hi − lo)⌋ = k` — OpenCV's `calcHist` rule for float images
 * (uniform bins, lower edge inclusive) — except that values equal to `hi` go into the last bin
 * (calcHist drops them), so that `range: [0, 1]` counts white. Values outside `[lo, hi]` and NaN
 * are not counted. For 8-bit levels use {@link histogram8}.
 * @example const [counts] = histogram(grey, { bins: 32 });
 * @see Gonzalez & Woods, Digital Image Processing (4th ed.), §3.3.
 */
export function histogram(image: Image, options: HistogramOptions = {}): Float64Array[] {
  const { bins = 256, range = [0, 1] } = options;
  checkImage(image);
  checkInteger(bins, "options.bins", { min: 1 });
  if (!Array.isArray(range) || range.length !== 2) {
    throw new ArgumentTypeError("options.range", `expected [lo, hi], got ${describeValue(range)}`);
  }
  const [lo, hi] = range;
  checkNumber(lo, "options.range[0]");
  checkNumber(hi, "options.range[1]");
  if (!(hi > lo)) throw new ArgumentRangeError("options.range[1]", `expected hi > lo = ${lo}, got ${hi}`);
  const { channels: c, data } = image;
  const a = bins / (hi - lo);
  const b = -lo * a;
  const last = bins - 1;
  const out: Float64Array[] = [];
  for (let k = 0; k < c; k++) {
    const h = new Float64Array(bins);
    for (let i = k; i < data.length; i += c) {
      const v = data[i]!;
      const idx = Math.floor(v * a + b);
      if (idx >= 0 && idx < bins) h[idx]!++;
      else if (v === hi) h[last]!++;
    }
    out.push(h);
  }
  return out;
}
