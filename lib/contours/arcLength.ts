import { checkContour, type Point } from "./point";

/** Options of {@link arcLength}. */
export interface ArcLengthOptions {
  /** Add the segment from the last point back to the first. @default true */
  closed?: boolean;
}

/**
 * Length of the polyline through `curve`'s points (sum of Euclidean segment lengths, pixels),
 * closed by default; equals `cv.arcLength(curve, closed)`.
 * @example contours.arcLength(square) // 4 · side for a closed square
 * @see Szeliski 2e §7.3 (contour properties).
 */
export function arcLength(curve: readonly Point[], options: ArcLengthOptions = {}): number {
  const { closed = true } = options;
  checkContour(curve, "curve", 0);
  const n = curve.length;
  let len = 0;
  for (let i = 1; i < n; i++) len += Math.hypot(curve[i]!.x - curve[i - 1]!.x, curve[i]!.y - curve[i - 1]!.y);
  if (closed && n > 1) len += Math.hypot(curve[0]!.x - curve[n - 1]!.x, curve[0]!.y - curve[n - 1]!.y);
  return len;
}
