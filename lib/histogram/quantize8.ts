/**
 * Internal (not exported from the module): 8-bit quantisation of float values, `round(v·255)`
 * clamped to 0–255 (NaN → 0), the convention of `core.toUint8` and `cvbridge.toMat(…, uint8)`.
 * Writes the levels into `levels` (if given) and counts them into `hist` (256 entries, added to).
 * `stride`/`offset` pick one channel of interleaved data.
 */
export function quantize8(
  src: Float32Array,
  hist: Float64Array | Int32Array,
  levels: Uint8Array | undefined,
  offset = 0,
  stride = 1,
): void {
  const n = src.length;
  if (levels !== undefined) {
    for (let i = offset, j = 0; i < n; i += stride, j++) {
      const x = src[i]! * 255 + 0.5;
      const q = x >= 255 ? 255 : x > 0 ? x | 0 : 0;
      levels[j] = q;
      hist[q]!++;
    }
  } else {
    for (let i = offset; i < n; i += stride) {
      const x = src[i]! * 255 + 0.5;
      const q = x >= 255 ? 255 : x > 0 ? x | 0 : 0;
      hist[q]!++;
    }
  }
}
