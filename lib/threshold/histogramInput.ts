/** Internal (not exported from the module): an 8-bit histogram from an image or a given histogram. */
import type { Image } from "../core/image";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkImage } from "../core/validate";
import { quantize8 } from "../histogram/quantize8";

/** Whether `v` looks like an Image (has a Float32Array `data` and a `width`). */
function looksLikeImage(v: unknown): v is Image {
  return typeof v === "object" && v !== null && "data" in v && "width" in v;
}

/**
 * 256 counts: from a 1-channel image (levels `round(v·255)`) or from a histogram the caller
 * computed (any array of 256 non-negative finite counts). Throws naming `argument`.
 */
export function histogram256(input: Image | ArrayLike<number>, argument: string): Float64Array {
  if (looksLikeImage(input)) {
    checkImage(input, { channels: 1 }, argument);
    const h = new Int32Array(256);
    quantize8(input.data, h, undefined);
    return Float64Array.from(h);
  }
  if (input === null || typeof input !== "object" || (input as ArrayLike<number>).length !== 256) {
    throw new ArgumentTypeError(argument, `expected a 1-channel image or a histogram of 256 counts, got ${describeValue(input)}`);
  }
  const h = new Float64Array(256);
  for (let i = 0; i < 256; i++) {
    const v = input[i]!;
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new ArgumentTypeError(`${argument}[${i}]`, `expected a non-negative count, got ${describeValue(v)}`);
    }
    h[i] = v;
  }
  return h;
}

/** Binary image of `round(v·255) > t` (or ≤ t when `inverse`), 1-channel, written into `data`. */
export function binarize8(image: Image, t: number, inverse: boolean, data: Float32Array): Image {
  const src = image.data;
  const n = src.length;
  const on = inverse ? 0 : 1;
  const off = 1 - on;
  // Levels are integers, so q > t ⇔ q ≥ L with L = ⌊t⌋ + 1; and q = ⌊v·255 + 0.5⌋ (exact in
  // double for float32 v) gives q ≥ L ⇔ v·255 + 0.5 ≥ L for L in 1‥255 (clamping never matters).
  const level = Math.floor(t) + 1;
  if (level > 255) {
    data.fill(off);
  } else if (level <= 0) {
    data.fill(on);
  } else {
    for (let i = 0; i < n; i++) data[i] = src[i]! * 255 + 0.5 >= level ? on : off;
  }
  return { width: image.width, height: image.height, channels: 1, data };
}
