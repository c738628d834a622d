import type { Image } from "../core/image";
import { ArgumentRangeError } from "../core/errors";
import { moments } from "./moments";
import { huMoments } from "./huMoments";
import type { Point } from "./point";

/** cv.CONTOURS_MATCH_I1, I2, I3. */
export type MatchShapesMethod = 1 | 2 | 3;

/**
 * Dissimilarity of two shapes (contours or grey images) from their Hu invariants, equal to
 * `cv.matchShapes(a, b, method, 0)`. With mᵢ = sign(hᵢ)·log10|hᵢ| (invariants with |hᵢ| ≤ 1e-5 skipped):
 * method 1: Σ|1/mᵢᴬ − 1/mᵢᴮ|; 2: Σ|mᵢᴬ − mᵢᴮ|; 3: max |mᵢᴬ − mᵢᴮ| / |mᵢᴬ|. 0 means the same shape up to
 * translation, scale and rotation; `Number.MAX_VALUE` when exactly one shape has all-zero invariants.
 * @example contours.matchShapes(star, rotatedStar, 1) // ≈ 0
 * @see OpenCV docs, "matchShapes"; M.-K. Hu 1962.
 */
export function matchShapes(a: readonly Point[] | Image, b: readonly Point[] | Image, method: MatchShapesMethod = 1): number {
  if (method !== 1 && method !== 2 && method !== 3) throw new ArgumentRangeError("method", `expected 1, 2 or 3, got ${String(method)}`);
  const ma = huMoments(moments(a)), mb = huMoments(moments(b));
  const eps = 1e-5;
  let result = 0;
  let anyA = false, anyB = false;
  for (let i = 0; i < 7; i++) {
    let ama = Math.abs(ma[i]!), amb = Math.abs(mb[i]!);
    if (ama > 0) anyA = true;
    if (amb > 0) anyB = true;
    const sma = Math.sign(ma[i]!), smb = Math.sign(mb[i]!);
    if (ama > eps && amb > eps) {
      if (method === 1) {
        ama = 1 / (sma * Math.log10(ama));
        amb = 1 / (smb * Math.log10(amb));
        result += Math.abs(-ama + amb);
      } else if (method === 2) {
        ama = sma * Math.log10(ama);
        amb = smb * Math.log10(amb);
        result += Math.abs(-ama + amb);
      } else {
        ama = sma * Math.log10(ama);
        amb = smb * Math.log10(amb);
        const mmm = Math.abs((ama - amb) / ama);
        if (result < mmm) result = mmm;
      }
    }
  }
  if (anyA !== anyB) result = Number.MAX_VALUE;
  return result;
}
