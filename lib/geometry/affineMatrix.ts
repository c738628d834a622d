import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkNumber } from "../core/validate";
import { mul3 } from "./_matrix";
import type { Matrix3, Point } from "./types";

/** Options of {@link affineMatrix}: each part of the transform; all default to the identity. */
export interface AffineMatrixOptions {
  /** Translation `[tx, ty]` in pixels, applied last. @default [0, 0] */
  translate?: readonly [number, number];
  /**
   * Rotation in degrees about `center`; positive turns the image counter-clockwise on screen
   * (y down), the convention of `cv.getRotationMatrix2D`. @default 0
   */
  rotate?: number;
  /** Uniform scale `s` or per-axis `[sx, sy]` about `center`. @default 1 */
  scale?: number | readonly [number, number];
  /** Shear `[shx, shy]` about `center`: x' = x + shx·y, y' = y + shy·x. @default [0, 0] */
  shear?: readonly [number, number];
  /** Centre of rotation, scale and shear, in pixels. @default {x: 0, y: 0} */
  center?: Point;
}

function pair(v: unknown, argument: string): [number, number] {
  if (!Array.isArray(v) || v.length !== 2) throw new ArgumentTypeError(argument, `expected a pair [a, b], got ${describeValue(v)}`);
  checkNumber(v[0], `${argument}[0]`);
  checkNumber(v[1], `${argument}[1]`);
  return [v[0], v[1]];
}

/**
 * Compose an affine map as a 3×3 row-major {@link Matrix3}:
 * `M = T(translate) · T(center) · R(rotate) · S(scale) · Sh(shear) · T(−center)`
 * (shear first, translation last). With only `rotate`, `scale` and `center` it equals
 * `cv.getRotationMatrix2D(center, rotate, scale)` (uniform scale).
 * @example const M = affineMatrix({ rotate: 30, center: { x: 255.5, y: 255.5 } });
 * @see R. Szeliski, Computer Vision: Algorithms and Applications (2nd ed.), §2.1.1 (2D transformations).
 */
export function affineMatrix(options: AffineMatrixOptions = {}): Matrix3 {
  const { translate = [0, 0], rotate = 0, scale = 1, shear = [0, 0], center = { x: 0, y: 0 } } = options;
  const [tx, ty] = pair(translate, "options.translate");
  checkNumber(rotate, "options.rotate");
  const [sx, sy] = typeof scale === "number" ? (checkNumber(scale, "options.scale"), [scale, scale]) : pair(scale, "options.scale");
  const [hx, hy] = pair(shear, "options.shear");
  if (typeof center !== "object" || center === null) throw new ArgumentTypeError("options.center", `expected {x, y}, got ${describeValue(center)}`);
  checkNumber(center.x, "options.center.x");
  checkNumber(center.y, "options.center.y");
  const rad = (rotate * Math.PI) / 180;
  const c = Math.cos(rad);
  const s = Math.sin(rad);
  const R = [c, s, 0, -s, c, 0, 0, 0, 1];
  const S = [sx, 0, 0, 0, sy, 0, 0, 0, 1];
  const H = [1, hx, 0, hy, 1, 0, 0, 0, 1];
  const toCenter = [1, 0, center.x + tx, 0, 1, center.y + ty, 0, 0, 1];
  const fromCenter = [1, 0, -center.x, 0, 1, -center.y, 0, 0, 1];
  return mul3(mul3(mul3(mul3(toCenter, R), S), H), fromCenter);
}
