import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkNumber } from "../core/validate";
import type { Matrix3, Point } from "./types";

/**
 * Rotation by `angle` degrees (counter-clockwise on screen, y down) about `center` with uniform
 * `scale`, exactly as `cv.getRotationMatrix2D`: with α = scale·cos θ, β = scale·sin θ,
 * `[α, β, (1−α)cx − β cy; −β, α, β cx + (1−α) cy; 0, 0, 1]`. OpenCV returns the 2×3 top; we
 * return the 3×3 {@link Matrix3} whose first six values are that Mat's data.
 * @example const M = getRotationMatrix2D({ x: 255.5, y: 255.5 }, 30, 1);
 * @see OpenCV docs, Geometric Image Transformations: getRotationMatrix2D.
 */
export function getRotationMatrix2D(center: Point, angle: number, scale = 1): Matrix3 {
  if (typeof center !== "object" || center === null) throw new ArgumentTypeError("center", `expected {x, y}, got ${describeValue(center)}`);
  checkNumber(center.x, "center.x");
  checkNumber(center.y, "center.y");
  checkNumber(angle, "angle");
  checkNumber(scale, "scale");
  const rad = (angle * Math.PI) / 180;
  const a = Math.cos(rad) * scale;
  const b = Math.sin(rad) * scale;
  const { x: cx, y: cy } = center;
  return [a, b, (1 - a) * cx - b * cy, -b, a, b * cx + (1 - a) * cy, 0, 0, 1];
}
