import type { Image } from "../core/image";
import { checkImage, checkInteger, checkNumber } from "../core/validate";
import { voteLines } from "./internal/hough";

/** Options of {@link houghLines}. */
export interface HoughLinesOptions {
  /** Distance resolution, pixels. @default 1 */
  rho?: number;
  /** Angle resolution, radians. @default Math.PI / 180 */
  theta?: number;
  /** A line needs more than this many votes. @default 100 */
  threshold?: number;
  /** Keep at most this many lines (the strongest); 0 = all. @default 0 */
  maxLines?: number;
}

/** A line x·cos θ + y·sin θ = ρ found by {@link houghLines}. */
export interface HoughLine {
  /** Signed distance from the top-left pixel's centre, pixels. */
  rho: number;
  /** Angle of the line's normal from +x towards +y (down), radians in [0, π). */
  theta: number;
  /** Number of pixels that voted for it. */
  votes: number;
}

/**
 * Standard Hough line detection, equal to `cv.HoughLines(binary, rho, theta, threshold)`: the
 * accumulator of {@link houghLinesAccumulator}, local maxima with more than `threshold` votes
 * (greater than the previous ρ/θ neighbour, ≥ the next), sorted by votes (ties: smaller θ, then
 * smaller ρ first) — the same lines in the same order as OpenCV, plus the vote counts.
 * @example const lines = edges.houghLines(edges.canny(grey), { threshold: 80 });
 * @see R. Duda & P. Hart, CACM 15(1), 1972; Szeliski 2e §7.4.2.
 */
export function houghLines(binary: Image, options: HoughLinesOptions = {}): HoughLine[] {
  const { rho = 1, theta = Math.PI / 180, threshold = 100, maxLines = 0 } = options;
  checkImage(binary, { channels: 1 }, "binary");
  checkNumber(rho, "options.rho", { min: 0, exclusiveMin: true });
  checkNumber(theta, "options.theta", { min: 0, max: Math.PI, exclusiveMin: true });
  checkNumber(threshold, "options.threshold");
  checkInteger(maxLines, "options.maxLines", { min: 0 });
  const { numRho, numAngle, acc, thetas, rhos } = voteLines(binary.data, binary.width, binary.height, rho, theta);
  const stride = numRho + 2;
  const peaks: number[] = [];
  for (let r = 0; r < numRho; r++) {
    for (let n = 0; n < numAngle; n++) {
      const base = (n + 1) * stride + r + 1;
      const v = acc[base]!;
      if (v > threshold && v > acc[base - 1]! && v >= acc[base + 1]! && v > acc[base - stride]! && v >= acc[base + stride]!) peaks.push(base);
    }
  }
  peaks.sort((a, b) => acc[b]! - acc[a]! || a - b);
  const count = maxLines > 0 ? Math.min(maxLines, peaks.length) : peaks.length;
  const lines: HoughLine[] = [];
  for (let i = 0; i < count; i++) {
    const base = peaks[i]!;
    const n = Math.floor(base / stride) - 1;
    const r = base - (n + 1) * stride - 1;
    lines.push({ rho: rhos[r]!, theta: thetas[n]!, votes: acc[base]! });
  }
  return lines;
}
