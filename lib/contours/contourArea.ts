import { checkContour, type Point } from "./point";

/** Options of {@link contourArea}. */
export interface ContourAreaOptions {
  /** Return a signed area, as cv.contourArea(c, true): positive when the points turn counter-clockwise with y pointing up (clockwise on screen). @default false */
  oriented?: boolean;
}

/**
 * Area of the polygon through `contour`'s points (shoelace formula, closed: the last point joins the
 * first), in pixels². Equals `cv.contourArea(contour, oriented)`: for a traced region this is the
 * area enclosed by the pixel centres, smaller than the pixel count (a 3×3 square gives 4).
 * Fewer than 3 points give 0.
 * @example contours.contourArea([{x:0,y:0},{x:4,y:0},{x:4,y:3}]) // 6
 * @see Shoelace formula (Gauss's area formula); Szeliski 2e §7.3.
 */
export function contourArea(contour: readonly Point[], options: ContourAreaOptions = {}): number {
  const { oriented = false } = options;
  checkContour(contour, "contour", 0);
  const n = contour.length;
  if (n < 3) return 0;
  let a = 0;
  let prev = contour[n - 1]!;
  for (let i = 0; i < n; i++) {
    const p = contour[i]!;
    a += prev.x * p.y - prev.y * p.x;
    prev = p;
  }
  a *= 0.5;
  return oriented ? a : Math.abs(a);
}
