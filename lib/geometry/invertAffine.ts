import { ArgumentRangeError } from "../core/errors";
import { toMatrix3 } from "./_matrix";
import type { Matrix3, MatrixLike } from "./types";

/**
 * Inverse of an affine map (6 or 9 values, row-major), computed like `cv.invertAffineTransform`
 * (a singular 2×2 part throws instead of returning zeros). Returns a 3×3 {@link Matrix3}.
 * @example const back = invertAffine(affineMatrix({ rotate: 30 }));
 * @see R. Hartley & A. Zisserman, Multiple View Geometry (2nd ed.), §2.4.3 (affinities).
 */
export function invertAffine(M: MatrixLike): Matrix3 {
  const m = toMatrix3(M, "M", true);
  if (m[6] !== 0 || m[7] !== 0 || m[8] !== 1) throw new ArgumentRangeError("M", `expected an affine matrix (last row 0, 0, 1), got last row ${m[6]}, ${m[7]}, ${m[8]}`);
  const d = m[0]! * m[4]! - m[1]! * m[3]!;
  if (d === 0) throw new ArgumentRangeError("M", "the matrix is singular (determinant 0) and has no inverse");
  const D = 1 / d;
  const a11 = m[4]! * D;
  const a22 = m[0]! * D;
  const a12 = -m[1]! * D;
  const a21 = -m[3]! * D;
  const b1 = -a11 * m[2]! - a12 * m[5]!;
  const b2 = -a21 * m[2]! - a22 * m[5]!;
  return [a11, a12, b1, a21, a22, b2, 0, 0, 1];
}
