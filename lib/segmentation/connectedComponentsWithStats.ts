import type { Image } from "../core/image";
import { connectedComponents, type ConnectedComponentsOptions, type ConnectedComponentsResult } from "./connectedComponents";

/** Options of {@link connectedComponentsWithStats}. */
export type ConnectedComponentsWithStatsOptions = ConnectedComponentsOptions;

/** Per-label statistics (cv.CC_STAT_*), pixels. */
export interface ComponentStats {
  /** Left-most column (CC_STAT_LEFT). */
  left: number;
  /** Top-most row (CC_STAT_TOP). */
  top: number;
  /** Bounding-box width (CC_STAT_WIDTH). */
  width: number;
  /** Bounding-box height (CC_STAT_HEIGHT). */
  height: number;
  /** Number of pixels (CC_STAT_AREA). */
  area: number;
  /** Mean x of the pixels (pixel (0,0)'s centre at 0); NaN when area is 0. */
  cx: number;
  /** Mean y of the pixels; NaN when area is 0. */
  cy: number;
}

/** Labels plus one {@link ComponentStats} per label. */
export interface ConnectedComponentsWithStatsResult extends ConnectedComponentsResult {
  /** stats[label]; stats[0] is the background, like OpenCV's first row. */
  stats: ComponentStats[];
}

/**
 * {@link connectedComponents} plus, for every label (background included), its bounding box,
 * area and centroid — the `stats` and `centroids` of `cv.connectedComponentsWithStats`.
 * @example const { stats } = segmentation.connectedComponentsWithStats(mask); stats.slice(1).map((s) => s.area);
 * @see Szeliski 2e §3.3.3 (connected components).
 */
export function connectedComponentsWithStats(binary: Image, options: ConnectedComponentsWithStatsOptions = {}): ConnectedComponentsWithStatsResult {
  const result = connectedComponents(binary, options);
  const { labels, count, width: w, height: h } = result;
  const minX = new Int32Array(count).fill(w), minY = new Int32Array(count).fill(h);
  const maxX = new Int32Array(count).fill(-1), maxY = new Int32Array(count).fill(-1);
  const area = new Float64Array(count), sx = new Float64Array(count), sy = new Float64Array(count);
  for (let y = 0; y < h; y++) {
    const o = y * w;
    for (let x = 0; x < w; x++) {
      const l = labels[o + x]!;
      area[l]++;
      sx[l] += x;
      sy[l] += y;
      if (x < minX[l]!) minX[l] = x;
      if (x > maxX[l]!) maxX[l] = x;
      if (y < minY[l]!) minY[l] = y;
      if (y > maxY[l]!) maxY[l] = y;
    }
  }
  const stats: ComponentStats[] = [];
  for (let l = 0; l < count; l++) {
    const a = area[l]!;
    stats.push(
      a === 0
        ? { left: 0, top: 0, width: 0, height: 0, area: 0, cx: NaN, cy: NaN }
        : { left: minX[l]!, top: minY[l]!, width: maxX[l]! - minX[l]! + 1, height: maxY[l]! - minY[l]! + 1, area: a, cx: sx[l]! / a, cy: sy[l]! / a },
    );
  }
  return { ...result, stats };
}
