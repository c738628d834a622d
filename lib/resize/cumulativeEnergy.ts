import type { Image } from "../core/image";
import { checkImage } from "../core/validate";

/**
 * The seam-carving dynamic-programming table for vertical seams:
 * M(x, 0) = e(x, 0) and M(x, y) = e(x, y) + min(M(x−1, y−1), M(x, y−1), M(x+1, y−1)) (neighbours
 * outside the image skipped). M(x, y) is the cost of the cheapest connected seam from the top row
 * down to pixel (x, y), so the minimum of the last row is the cost of the best seam
 * ({@link findVerticalSeam} backtracks from there). Returns a 1-channel image of the same size,
 * summed in double precision and stored as float32. O(width·height).
 * @example const M = cumulativeEnergy(energy(img)); // show with { normalize: true }
 * @see S. Avidan & A. Shamir, SIGGRAPH 2007, §3 (Eq. 4).
 */
export function cumulativeEnergy(energyMap: Image): Image {
  checkImage(energyMap, { channels: 1 }, "energyMap");
  const { width: w, height: h, data: e } = energyMap;
  const prev = new Float64Array(w);
  const cur = new Float64Array(w);
  const out = new Float32Array(w * h);
  for (let x = 0; x < w; x++) out[x] = prev[x] = e[x]!;
  for (let y = 1; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      let best = prev[x]!;
      if (x > 0 && prev[x - 1]! < best) best = prev[x - 1]!;
      if (x < w - 1 && prev[x + 1]! < best) best = prev[x + 1]!;
      cur[x] = e[row + x]! + best;
      out[row + x] = cur[x]!;
    }
    prev.set(cur);
  }
  return { width: w, height: h, channels: 1, data: out };
}
