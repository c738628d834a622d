/** Private seam-carving kernels: the DP over any energy array, and transposition. */
import type { Image } from "../core/image";

/** Minimum vertical seam of a w×h energy array (leftmost ties). */
export function minSeam(e: ArrayLike<number>, w: number, h: number, M: Float64Array = new Float64Array(w * h)): Int32Array {
  for (let x = 0; x < w; x++) M[x] = e[x]!;
  for (let y = 1; y < h; y++) {
    const prev = (y - 1) * w;
    const row = y * w;
    for (let x = 0; x < w; x++) {
      let best = M[prev + x]!;
      if (x > 0 && M[prev + x - 1]! <= best) best = M[prev + x - 1]!;
      if (x < w - 1 && M[prev + x + 1]! < best) best = M[prev + x + 1]!;
      M[row + x] = e[row + x]! + best;
    }
  }
  const seam = new Int32Array(h);
  const last = (h - 1) * w;
  let bx = 0;
  for (let x = 1; x < w; x++) if (M[last + x]! < M[last + bx]!) bx = x;
  seam[h - 1] = bx;
  for (let y = h - 2; y >= 0; y--) {
    const row = y * w;
    const x = seam[y + 1]!;
    let best = x;
    if (x > 0 && M[row + x - 1]! <= M[row + best]!) best = x - 1;
    if (x < w - 1 && M[row + x + 1]! < M[row + best]!) best = x + 1;
    seam[y] = best;
  }
  return seam;
}

/** Swap x and y. */
export function transpose(image: Image): Image {
  const { width: w, height: h, channels: cn, data } = image;
  const out = new Float32Array(data.length);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) for (let c = 0; c < cn; c++) out[(x * h + y) * cn + c] = data[(y * w + x) * cn + c]!;
  return { width: h, height: w, channels: cn, data: out };
}
