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

/** Binary image of `round(v·255) > t` (or ≤ t when `inverse`), 1-channel. */
export function binarize8(image: Image, t: number, inverse: boolean): Image {
  const src = image.data;
  const n = src.length;
  const data = new Float32Array(n);
  const on = inverse ? 0 : 1;
  const off = 1 - on;
  // levels are integers: q > t ⇔ q ≥ ⌊t⌋ + 1
  const level = Math.floor(t) + 1;
  for (let i = 0; i < n; i++) {
    const x = src[i]! * 255 + 0.5;
    const q = x >= 255 ? 255 : x > 0 ? x | 0 : 0;
    data[i] = q >= level ? on : off;
  }
  return { width: image.width, height: image.height, channels: 1, data };
}
