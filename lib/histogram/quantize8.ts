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
