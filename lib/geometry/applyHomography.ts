import { checkPoints, toMatrix3 } from "./_matrix";
import type { MatrixLike, Point } from "./types";

/**
 * Map points through a 3×3 homography (or 2×3 affine) with the perspective divide, like
 * `cv.perspectiveTransform`: (x, y) → ((h00 x + h01 y + h02)/w, (h10 x + h11 y + h12)/w),
 * w = h20 x + h21 y + h22. A point with w = 0 maps to (Infinity, Infinity) (OpenCV gives 0, 0).
 * @example applyHomography(H, [{ x: 0, y: 0 }, { x: 10, y: 0 }])
 * @see R. Hartley & A. Zisserman, Multiple View Geometry (2nd ed.), §2.3.
 */
export function applyHomography(H: MatrixLike, points: readonly Point[]): Point[] {
  const h = toMatrix3(H, "H", true);
  checkPoints(points, "points");
  return points.map(({ x, y }) => {
    const w = h[6]! * x + h[7]! * y + h[8]!;
    if (w === 0) return { x: Infinity, y: Infinity };
    return { x: (h[0]! * x + h[1]! * y + h[2]!) / w, y: (h[3]! * x + h[4]! * y + h[5]!) / w };
  });
}
