import type { Image } from "../core/image";
import { ArgumentRangeError } from "../core/errors";
import { checkImage, checkInteger } from "../core/validate";
import { hogCells } from "./_hogCells";

/** Options of {@link hog}. */
export interface HogOptions {
  /** Cell side in pixels. @default 8 */
  cellSize?: number;
  /** Block side in cells (blocks overlap, stride one cell). @default 2 */
  blockSize?: number;
  /** Orientation bins over 0–180° (unsigned gradients). @default 9 */
  bins?: number;
}

/**
 * Histogram of Oriented Gradients (Dalal & Triggs 2005): centred [−1, 0, 1] gradients (no
 * smoothing; for colour the channel with the largest magnitude), unsigned orientation voted with
 * magnitude into `bins` bins by linear interpolation between bin centres, per cellSize² cell;
 * blocks of blockSize² cells with a one-cell stride, each L2-Hys normalised (L2, clip at 0.2,
 * L2 again, ε = 1e-5). Pixels past the last whole cell are ignored. No spatial (trilinear)
 * interpolation between cells. Returns the concatenated block vectors, length
 * (cellsY − b + 1)(cellsX − b + 1)·b²·bins — 3780 for a 64×128 window with the defaults.
 * @example const f = hog(window64x128); // 3780 values
 * @see N. Dalal & B. Triggs, "Histograms of Oriented Gradients for Human Detection", CVPR 2005, §6.
 */
export function hog(image: Image, options: HogOptions = {}): Float32Array {
  const { cellSize = 8, blockSize = 2, bins = 9 } = options;
  checkImage(image, {}, "image");
  checkInteger(cellSize, "options.cellSize", { min: 1 });
  checkInteger(blockSize, "options.blockSize", { min: 1 });
  checkInteger(bins, "options.bins", { min: 2, max: 180 });
  const { cells, cellsX, cellsY } = hogCells(image, cellSize, bins);
  if (cellsX < blockSize || cellsY < blockSize) {
    throw new ArgumentRangeError("image", `a ${image.width}×${image.height} image has ${cellsX}×${cellsY} cells, fewer than one ${blockSize}×${blockSize} block`);
  }
  const bx = cellsX - blockSize + 1;
  const by = cellsY - blockSize + 1;
  const len = blockSize * blockSize * bins;
  const out = new Float32Array(bx * by * len);
  const v = new Float64Array(len);
  const eps2 = 1e-10;
  let o = 0;
  for (let y = 0; y < by; y++) {
    for (let x = 0; x < bx; x++) {
      let k = 0;
      for (let j = 0; j < blockSize; j++) for (let i = 0; i < blockSize; i++) for (let b = 0; b < bins; b++) v[k++] = cells[((y + j) * cellsX + x + i) * bins + b]!;
      let s = 0;
      for (let i = 0; i < len; i++) s += v[i]! * v[i]!;
      let n = 1 / Math.sqrt(s + eps2);
      s = 0;
      for (let i = 0; i < len; i++) {
        const t = Math.min(v[i]! * n, 0.2);
        v[i] = t;
        s += t * t;
      }
      n = 1 / Math.sqrt(s + eps2);
      for (let i = 0; i < len; i++) out[o++] = v[i]! * n;
    }
  }
  return out;
}
