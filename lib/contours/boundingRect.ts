import { checkContour, type Point } from "./point";

/** An axis-aligned rectangle in pixels: top-left corner (x, y), size width × height. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The smallest upright rectangle holding every point, in OpenCV's pixel convention
 * (`cv.boundingRect`): x = ⌊min x⌋, width = ⌊max x⌋ − x + 1, so a single point gives a 1×1 rectangle.
 * @example contours.boundingRect(contour) // {x, y, width, height}
 */
export function boundingRect(points: readonly Point[]): Rect {
  checkContour(points, "points");
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of points) {
    if (p.x < minX) minX = p.x;
    if (p.x > maxX) maxX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.y > maxY) maxY = p.y;
  }
  const x = Math.floor(minX), y = Math.floor(minY);
  return { x, y, width: Math.floor(maxX) - x + 1, height: Math.floor(maxY) - y + 1 };
}
