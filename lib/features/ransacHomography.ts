import { homographyDLT } from "../geometry/homographyDLT";
import type { Matrix3, PointPair } from "../geometry/types";
import { ransac, type RansacOptions, type RansacResult } from "./ransac";

/** Options of {@link ransacHomography}: those of {@link ransac}; `threshold` is the reprojection error in pixels. */
export type RansacHomographyOptions = RansacOptions;

/**
 * Robust homography from putative matches: RANSAC over 4-pair samples fitted by the normalised
 * DLT, residual = reprojection distance ‖H·src − dst‖ in pixels, refit on the inliers — like
 * `cv.findHomography(src, dst, RANSAC, threshold)` without its final Levenberg–Marquardt step.
 * @example const { model: H, inliers } = ransacHomography(pairs, { threshold: 3, seed: 1 });
 * @see Hartley & Zisserman (2nd ed.), §4.7.1 (Algorithm 4.6).
 */
export function ransacHomography(pairs: readonly PointPair[], options: RansacHomographyOptions = {}): RansacResult<Matrix3> {
  const { threshold = 3, ...rest } = options;
  return ransac<Matrix3, PointPair>(
    {
      sampleSize: 4,
      fit: (sample) => {
        try {
          return homographyDLT(sample);
        } catch {
          return undefined;
        }
      },
      residual: (H, { src, dst }) => {
        const w = H[6]! * src.x + H[7]! * src.y + H[8]!;
        if (w === 0) return Infinity;
        return Math.hypot((H[0]! * src.x + H[1]! * src.y + H[2]!) / w - dst.x, (H[3]! * src.x + H[4]! * src.y + H[5]!) / w - dst.y);
      },
    },
    pairs,
    { threshold, ...rest },
  );
}
