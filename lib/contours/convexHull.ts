import { checkContour, type Point } from "./point";

/** Options of {@link convexHull}. */
export interface ConvexHullOptions {
  /** Orientation as cv.convexHull's `clockwise`, judged with y pointing up (OpenCV's wording): false gives counter-clockwise in that frame, i.e. clockwise on screen. @default false */
  clockwise?: boolean;
}

/**
 * Convex hull of a point set by Andrew's monotone chain, O(n log n): the hull's corner points
 * (collinear points on an edge dropped), starting at the point with the largest x (then largest y), the
 * same set of points as `cv.convexHull(points, clockwise)` in the same cyclic order; the starting
 * point can differ from OpenCV's.
 * @example const hull = contours.convexHull(contour);
 * @see A. M. Andrew, "Another efficient algorithm for convex hulls in two dimensions", IPL 9(5), 1979.
 */
export function convexHull(points: readonly Point[], options: ConvexHullOptions = {}): Point[] {
  const { clockwise = false } = options;
  checkContour(points, "points");
  const pts = points.map((p) => ({ x: p.x, y: p.y })).sort((a, b) => a.x - b.x || a.y - b.y);
  const uniq: Point[] = [];
  for (const p of pts) if (uniq.length === 0 || uniq[uniq.length - 1]!.x !== p.x || uniq[uniq.length - 1]!.y !== p.y) uniq.push(p);
  if (uniq.length < 3) return clockwise ? uniq.reverse() : uniq;
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const lower: Point[] = [];
  for (const p of uniq) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = uniq.length - 1; i >= 0; i--) {
    const p = uniq[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  // lower+upper is counter-clockwise with y up (cross > 0 turns left) starting at the min-x point
  const ccw = lower.slice(0, -1).concat(upper.slice(0, -1));
  // start at the max-x (then max-y) point for a stable start
  let s = 0;
  for (let i = 1; i < ccw.length; i++) if (ccw[i]!.x > ccw[s]!.x || (ccw[i]!.x === ccw[s]!.x && ccw[i]!.y > ccw[s]!.y)) s = i;
  const rotated = ccw.slice(s).concat(ccw.slice(0, s));
  if (!clockwise) return rotated;
  return [rotated[0]!, ...rotated.slice(1).reverse()];
}
