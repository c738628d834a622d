import { ArgumentTypeError, describeValue } from "../core/errors";

/**
 * A pixel position: `x` = column (grows right), `y` = row (grows down), integers for contour
 * points (pixel centres), like OpenCV's `cv::Point`. A contour is a `Point[]` in order along the border.
 */
export interface Point {
  x: number;
  y: number;
}

/** Validate a contour argument at the public boundary (non-empty array of {x, y} finite numbers). Internal. */
export function checkContour(contour: unknown, argument: string, minLength = 1): asserts contour is Point[] {
  if (!Array.isArray(contour)) throw new ArgumentTypeError(argument, `expected an array of {x, y} points, got ${describeValue(contour)}`);
  if (contour.length < minLength) throw new ArgumentTypeError(argument, `expected at least ${minLength} point${minLength === 1 ? "" : "s"}, got ${contour.length}`);
  for (let i = 0; i < contour.length; i++) {
    const p = contour[i] as Partial<Point> | null;
    if (typeof p !== "object" || p === null || typeof p.x !== "number" || typeof p.y !== "number" || !Number.isFinite(p.x) || !Number.isFinite(p.y)) {
      throw new ArgumentTypeError(argument, `point ${i} must be {x, y} with finite numbers, got ${describeValue(p)}`);
    }
  }
}
