import { ArgumentTypeError, describeValue } from "../core/errors";
import type { Box } from "./types";

/** Validate a Box. Private helper shared with nms. */
export function checkBox(b: unknown, argument: string): asserts b is Box {
  const o = b as Box;
  if (typeof b !== "object" || b === null || ![o.x, o.y, o.width, o.height].every((v) => typeof v === "number" && Number.isFinite(v)) || o.width < 0 || o.height < 0) {
    throw new ArgumentTypeError(argument, `expected a box {x, y, width ≥ 0, height ≥ 0}, got ${describeValue(b)}`);
  }
}

/**
 * Intersection over union of two boxes, |A ∩ B| / |A ∪ B|, in [0, 1]; 0 when both are empty.
 * Boxes cover [x, x+width) × [y, y+height) (continuous areas, as cv.Rect's `&` and `area()`).
 * @example iou({x: 0, y: 0, width: 2, height: 2}, {x: 1, y: 0, width: 2, height: 2}) // 1/3
 * @see M. Everingham et al., "The PASCAL Visual Object Classes (VOC) Challenge", IJCV 2010, §4.1.
 */
export function iou(a: Box, b: Box): number {
  checkBox(a, "a");
  checkBox(b, "b");
  return iouUnchecked(a, b);
}

/** IoU without validation (for loops over validated boxes). */
export function iouUnchecked(a: Box, b: Box): number {
  const iw = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const ih = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  const inter = iw > 0 && ih > 0 ? iw * ih : 0;
  const union = a.width * a.height + b.width * b.height - inter;
  return union > 0 ? inter / union : 0;
}
