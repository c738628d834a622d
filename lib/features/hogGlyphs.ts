import type { Image } from "../core/image";
import { checkImage, checkInteger } from "../core/validate";
import { hogCells } from "./_hogCells";

/** Options of {@link hogGlyphs}. */
export interface HogGlyphsOptions {
  /** Cell side in pixels. @default 8 */
  cellSize?: number;
  /** Orientation bins. @default 9 */
  bins?: number;
}

/**
 * Visualise HOG cells: a 1-channel image (whole cells only) where each cell shows, for every bin,
 * a line through the cell centre along the *edge* direction (perpendicular to the gradient bin),
 * brightness proportional to the bin's vote relative to the strongest bin in the image.
 * @example display.png(encodePng(hogGlyphs(img, { cellSize: 8 })))
 * @see N. Dalal & B. Triggs, CVPR 2005, Fig. 6; scikit-image feature.hog(visualize=True).
 */
export function hogGlyphs(image: Image, options: HogGlyphsOptions = {}): Image {
  const { cellSize = 8, bins = 9 } = options;
  checkImage(image, {}, "image");
  checkInteger(cellSize, "options.cellSize", { min: 2 });
  checkInteger(bins, "options.bins", { min: 2, max: 180 });
  const { cells, cellsX, cellsY } = hogCells(image, cellSize, bins);
  const W = Math.max(1, cellsX * cellSize);
  const H = Math.max(1, cellsY * cellSize);
  const out = new Float32Array(W * H);
  let max = 0;
  for (const v of cells) if (v > max) max = v;
  if (max === 0) return { width: W, height: H, channels: 1, data: out };
  const half = cellSize / 2 - 0.5;
  const steps = cellSize * 2;
  for (let cy = 0; cy < cellsY; cy++) {
    for (let cx = 0; cx < cellsX; cx++) {
      const x0 = cx * cellSize + cellSize / 2 - 0.5;
      const y0 = cy * cellSize + cellSize / 2 - 0.5;
      for (let b = 0; b < bins; b++) {
        const v = cells[(cy * cellsX + cx) * bins + b]! / max;
        if (v <= 0) continue;
        const theta = (((b + 0.5) * 180) / bins + 90) * (Math.PI / 180); // edge ⟂ gradient
        const dx = Math.cos(theta);
        const dy = Math.sin(theta);
        for (let s = 0; s <= steps; s++) {
          const t = -half + (2 * half * s) / steps;
          const px = Math.round(x0 + t * dx);
          const py = Math.round(y0 + t * dy);
          const i = py * W + px;
          if (v > out[i]!) out[i] = v;
        }
      }
    }
  }
  return { width: W, height: H, channels: 1, data: out };
}
