import type { Image } from "../core/image";
import { checkImage, checkInteger, checkNumber } from "../core/validate";
import type { Keypoint } from "./types";

/** Options of {@link cornerPeaks}. */
export interface CornerPeaksOptions {
  /** Peaks closer than this (Chebyshev distance, pixels) to a stronger peak are dropped. @default 1 */
  minDistance?: number;
  /** Absolute threshold on the response; when set, `relativeThreshold` is ignored. @default undefined */
  threshold?: number;
  /** Keep responses > relativeThreshold × max response (like cv.goodFeaturesToTrack's qualityLevel). @default 0.01 */
  relativeThreshold?: number;
  /** Keep at most this many, strongest first. @default Infinity */
  maxPeaks?: number;
  /** Ignore this many pixels at each border. @default minDistance */
  excludeBorder?: number;
}

/**
 * Local maxima of a response map (Harris, Shi–Tomasi, …): pixels that are the maximum of their
 * (2·minDistance+1)² neighbourhood and above the threshold, then a greedy pass strongest-first
 * dropping peaks within `minDistance` of a kept one. Returns keypoints sorted by response.
 * @example const corners = cornerPeaks(harrisResponse(img), { minDistance: 5, relativeThreshold: 0.05 });
 * @see scikit-image feature.corner_peaks; cv.goodFeaturesToTrack.
 */
export function cornerPeaks(response: Image, options: CornerPeaksOptions = {}): Keypoint[] {
  const { minDistance = 1, threshold, relativeThreshold = 0.01, maxPeaks = Infinity } = options;
  const { excludeBorder = minDistance } = options;
  checkImage(response, { channels: 1 }, "response");
  checkInteger(minDistance, "options.minDistance", { min: 0 });
  if (threshold !== undefined) checkNumber(threshold, "options.threshold");
  checkNumber(relativeThreshold, "options.relativeThreshold", { min: 0, max: 1 });
  if (maxPeaks !== Infinity) checkInteger(maxPeaks, "options.maxPeaks", { min: 0 });
  checkInteger(excludeBorder, "options.excludeBorder", { min: 0 });
  const { width: w, height: h, data: d } = response;
  let max = -Infinity;
  for (let i = 0; i < d.length; i++) if (d[i]! > max) max = d[i]!;
  const thr = threshold ?? relativeThreshold * max;
  const r = Math.max(minDistance, 1);
  const cands: Keypoint[] = [];
  for (let y = excludeBorder; y < h - excludeBorder; y++) {
    for (let x = excludeBorder; x < w - excludeBorder; x++) {
      const v = d[y * w + x]!;
      if (!(v > thr)) continue;
      let isMax = true;
      for (let j = Math.max(0, y - r); j <= Math.min(h - 1, y + r) && isMax; j++) {
        for (let i = Math.max(0, x - r); i <= Math.min(w - 1, x + r); i++) {
          if (d[j * w + i]! > v) {
            isMax = false;
            break;
          }
        }
      }
      if (isMax) cands.push({ x, y, response: v });
    }
  }
  cands.sort((a, b) => b.response - a.response || a.y - b.y || a.x - b.x);
  const kept: Keypoint[] = [];
  for (const c of cands) {
    if (kept.length >= maxPeaks) break;
    if (minDistance > 0 && kept.some((k) => Math.max(Math.abs(k.x - c.x), Math.abs(k.y - c.y)) <= minDistance)) continue;
    kept.push(c);
  }
  return kept;
}
