/** Private: Dalal–Triggs cell histograms shared by hog and hogGlyphs. */
import type { Image } from "../core/image";

/** Per-cell orientation histograms, cellsY × cellsX × bins, row-major. */
export function hogCells(image: Image, cell: number, bins: number): { cells: Float64Array; cellsX: number; cellsY: number } {
  const { width: w, height: h, channels: cn, data } = image;
  const cellsX = Math.floor(w / cell);
  const cellsY = Math.floor(h / cell);
  const cells = new Float64Array(cellsX * cellsY * bins);
  const binWidth = 180 / bins;
  for (let y = 0; y < cellsY * cell; y++) {
    const up = (y > 0 ? y - 1 : 0) * w;
    const down = (y < h - 1 ? y + 1 : h - 1) * w;
    const row = y * w;
    const cy = Math.floor(y / cell);
    for (let x = 0; x < cellsX * cell; x++) {
      const l = x > 0 ? x - 1 : 0;
      const r = x < w - 1 ? x + 1 : w - 1;
      // Colour: the channel with the largest gradient magnitude (Dalal & Triggs §6.2).
      let gx = 0;
      let gy = 0;
      let best = -1;
      for (let c = 0; c < cn; c++) {
        const dx = data[(row + r) * cn + c]! - data[(row + l) * cn + c]!;
        const dy = data[(down + x) * cn + c]! - data[(up + x) * cn + c]!;
        const m = dx * dx + dy * dy;
        if (m > best) (best = m), (gx = dx), (gy = dy);
      }
      const mag = Math.sqrt(best);
      if (mag === 0) continue;
      let ang = (Math.atan2(gy, gx) * 180) / Math.PI;
      if (ang < 0) ang += 180;
      if (ang >= 180) ang -= 180;
      // Linear vote between the two nearest bin centres ((i + ½)·binWidth), wrapping at 180°.
      const pos = ang / binWidth - 0.5;
      const b0 = Math.floor(pos);
      const f = pos - b0;
      const base = (cy * cellsX + Math.floor(x / cell)) * bins;
      const i0 = (b0 + bins) % bins;
      const i1 = (b0 + 1) % bins;
      cells[base + i0] = cells[base + i0]! + mag * (1 - f);
      cells[base + i1] = cells[base + i1]! + mag * f;
    }
  }
  return { cells, cellsX, cellsY };
}
