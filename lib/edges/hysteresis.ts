import type { Image } from "../core/image";
import { ArgumentRangeError } from "../core/errors";
import { checkImage, checkNumber } from "../core/validate";

/** Options of {@link hysteresis}. */
export interface HysteresisOptions {
  /** Weak threshold: pixels with value > low may become edges when connected to a strong one. @default 0.1 */
  low?: number;
  /** Strong threshold: pixels with value > high are edges. Must be ≥ low. @default 0.2 */
  high?: number;
}

/**
 * Double-threshold hysteresis (Canny's last step): pixels whose value is > `high` are edges, and
 * so is every pixel > `low` joined to an edge through a chain of 8-connected pixels > `low`.
 * Thresholds are in the units of `image` (strict `>` like cv.Canny).
 * @param image a thinned magnitude, e.g. from {@link nonMaxSuppression}.
 * @returns a binary image: 1 on edges, 0 elsewhere.
 * @example const edgesMap = edges.hysteresis(thin, { low: 0.1, high: 0.3 });
 * @see J. Canny, IEEE PAMI 8(6), 1986, §V.
 */
export function hysteresis(image: Image, options: HysteresisOptions = {}): Image {
  const { low = 0.1, high = 0.2 } = options;
  checkImage(image, { channels: 1 }, "image");
  checkNumber(low, "options.low");
  checkNumber(high, "options.high");
  if (high < low) throw new ArgumentRangeError("options.high", `must be ≥ options.low (${low}), got ${high}`);
  const { width: w, height: h, data } = image;
  const n = w * h;
  const out = new Float32Array(n);
  const stack = new Int32Array(n);
  let sp = 0;
  for (let i = 0; i < n; i++) {
    if (data[i]! > high) {
      out[i] = 1;
      stack[sp++] = i;
    }
  }
  while (sp > 0) {
    const i = stack[--sp]!;
    const x = i % w, y = (i - x) / w;
    const x0 = x > 0 ? x - 1 : 0, x1 = x < w - 1 ? x + 1 : x;
    const y0 = y > 0 ? y - 1 : 0, y1 = y < h - 1 ? y + 1 : y;
    for (let yy = y0; yy <= y1; yy++) {
      for (let xx = x0; xx <= x1; xx++) {
        const j = yy * w + xx;
        if (out[j] === 0 && data[j]! > low) {
          out[j] = 1;
          stack[sp++] = j;
        }
      }
    }
  }
  return { width: w, height: h, channels: 1, data: out };
}
