/**
 * Internal (not exported from the module): 8-bit quantisation of float values, `round(v·255)`
 * clamped to 0–255 (NaN → 0), the convention of `core.toUint8` and `cvbridge.toMat(…, uint8)`.
 * Adds the level counts into `hist` (256 entries) and, when `levels` is given, writes the levels
 * there (one per value read). `offset`/`stride` pick one channel of interleaved data.
 * Four interleaved sub-histograms avoid store-to-load stalls on runs of equal levels.
 */
export function quantize8(src: Float32Array, hist: Int32Array, levels: Uint8Array | undefined, offset = 0, stride = 1): void {
  const h = new Int32Array(1024);
  const n = src.length;
  if (stride === 1 && offset === 0) {
    const n4 = n & ~3;
    let i = 0;
    if (levels !== undefined) {
      for (; i < n4; i += 4) {
        let x = src[i]! * 255 + 0.5;
        let q = x >= 255 ? 255 : x > 0 ? x | 0 : 0;
        levels[i] = q;
        h[q]!++;
        x = src[i + 1]! * 255 + 0.5;
        q = x >= 255 ? 255 : x > 0 ? x | 0 : 0;
        levels[i + 1] = q;
        h[256 + q]!++;
        x = src[i + 2]! * 255 + 0.5;
        q = x >= 255 ? 255 : x > 0 ? x | 0 : 0;
        levels[i + 2] = q;
        h[512 + q]!++;
        x = src[i + 3]! * 255 + 0.5;
        q = x >= 255 ? 255 : x > 0 ? x | 0 : 0;
        levels[i + 3] = q;
        h[768 + q]!++;
      }
      for (; i < n; i++) {
        const x = src[i]! * 255 + 0.5;
        const q = x >= 255 ? 255 : x > 0 ? x | 0 : 0;
        levels[i] = q;
        h[q]!++;
      }
    } else {
      for (; i < n4; i += 4) {
        let x = src[i]! * 255 + 0.5;
        h[x >= 255 ? 255 : x > 0 ? x | 0 : 0]!++;
        x = src[i + 1]! * 255 + 0.5;
        h[256 + (x >= 255 ? 255 : x > 0 ? x | 0 : 0)]!++;
        x = src[i + 2]! * 255 + 0.5;
        h[512 + (x >= 255 ? 255 : x > 0 ? x | 0 : 0)]!++;
        x = src[i + 3]! * 255 + 0.5;
        h[768 + (x >= 255 ? 255 : x > 0 ? x | 0 : 0)]!++;
      }
      for (; i < n; i++) {
        const x = src[i]! * 255 + 0.5;
        h[x >= 255 ? 255 : x > 0 ? x | 0 : 0]!++;
      }
    }
  } else {
    for (let i = offset, j = 0; i < n; i += stride, j++) {
      const x = src[i]! * 255 + 0.5;
      const q = x >= 255 ? 255 : x > 0 ? x | 0 : 0;
      if (levels !== undefined) levels[j] = q;
      h[q]!++;
    }
  }
  for (let k = 0; k < 256; k++) hist[k] = hist[k]! + h[k]! + h[k + 256]! + h[k + 512]! + h[k + 768]!;
}

/** Whether this platform stores multi-byte typed-array elements little-endian (all common ones). */
export const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Internal: like {@link quantize8} on one-channel data, adding the level counts into `hist` and
 * writing the level of value i into byte i of `levels` — four levels per 32-bit store through
 * `packed` (a Uint32Array over the same bytes, `levels.length >> 2` long, byte offset a multiple
 * of 4). `levels` may share memory with `src` at the same start (in-place equalisation): byte i is
 * written after value i, which occupies bytes 4i…4i+3, has been read. Four values per step with
 * one range test; values outside (0, 255) after ·255 + ½ (or NaN) take the clamping path.
 */
export function quantize8Packed(src: Float32Array, hist: Int32Array, levels: Uint8Array, packed: Uint32Array): void {
  const h = new Int32Array(1024);
  const n = src.length, n4 = LITTLE_ENDIAN ? n & ~3 : 0;
  let i = 0;
  for (; i < n4; i += 4) {
    const x0 = src[i]! * 255 + 0.5, x1 = src[i + 1]! * 255 + 0.5, x2 = src[i + 2]! * 255 + 0.5, x3 = src[i + 3]! * 255 + 0.5;
    if (x0 > 0 && x0 < 255 && x1 > 0 && x1 < 255 && x2 > 0 && x2 < 255 && x3 > 0 && x3 < 255) {
      const q0 = x0 | 0, q1 = x1 | 0, q2 = x2 | 0, q3 = x3 | 0;
      h[q0]!++;
      h[256 + q1]!++;
      h[512 + q2]!++;
      h[768 + q3]!++;
      packed[i >> 2] = q0 | (q1 << 8) | (q2 << 16) | (q3 << 24);
    } else {
      const q0 = x0 >= 255 ? 255 : x0 > 0 ? x0 | 0 : 0;
      const q1 = x1 >= 255 ? 255 : x1 > 0 ? x1 | 0 : 0;
      const q2 = x2 >= 255 ? 255 : x2 > 0 ? x2 | 0 : 0;
      const q3 = x3 >= 255 ? 255 : x3 > 0 ? x3 | 0 : 0;
      h[q0]!++;
      h[256 + q1]!++;
      h[512 + q2]!++;
      h[768 + q3]!++;
      packed[i >> 2] = q0 | (q1 << 8) | (q2 << 16) | (q3 << 24);
    }
  }
  for (; i < n; i++) {
    const x = src[i]! * 255 + 0.5;
    const q = x >= 255 ? 255 : x > 0 ? x | 0 : 0;
    h[q]!++;
    levels[i] = q;
  }
  for (let k = 0; k < 256; k++) hist[k] = hist[k]! + h[k]! + h[k + 256]! + h[k + 512]! + h[k + 768]!;
}
