import { ArgumentRangeError } from "../core/errors";
import { checkPoints, solveLinear } from "./_matrix";
import type { Matrix3, Point } from "./types";

/**
 * The homography mapping four source points exactly onto four destination points, as
 * `cv.getPerspectiveTransform`: solves the 8×8 system with h22 = 1 by Gaussian elimination
 * (partial pivoting). Throws when three of the points are collinear (no unique solution).
 * @example const H = getPerspectiveTransform(corners, [{x:0,y:0},{x:99,y:0},{x:99,y:99},{x:0,y:99}]);
 * @see R. Hartley & A. Zisserman, Multiple View Geometry (2nd ed.), §4.1.
 */
export function getPerspectiveTransform(src: readonly Point[], dst: readonly Point[]): Matrix3 {
  checkPoints(src, "src", 4);
  checkPoints(dst, "dst", 4);
  if (src.length !== 4) throw new ArgumentRangeError("src", `expected exactly 4 points, got ${src.length}; use homographyDLT for more`);
  if (dst.length !== 4) throw new ArgumentRangeError("dst", `expected exactly 4 points, got ${dst.length}`);
  const A: number[] = new Array<number>(64).fill(0);
  const b: number[] = new Array<number>(8).fill(0);
  for (let i = 0; i < 4; i++) {
    const { x, y } = src[i]!;
    const { x: u, y: v } = dst[i]!;
    // Same row layout as OpenCV: rows i (u) and i+4 (v).
    A.splice(i * 8, 8, x, y, 1, 0, 0, 0, -x * u, -y * u);
    A.splice((i + 4) * 8, 8, 0, 0, 0, x, y, 1, -x * v, -y * v);
    b[i] = u;
    b[i + 4] = v;
  }
  const h = solveLinear(A, b, 8);
  if (!h || h.some((v) => !Number.isFinite(v))) throw new ArgumentRangeError("src", "the points are degenerate (three collinear?): no unique perspective transform");
  return [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!, h[5]!, h[6]!, h[7]!, 1];
}
