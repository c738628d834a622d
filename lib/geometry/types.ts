/**
 * Shared geometry types. Coordinates follow the course convention: x to the right, y down,
 * the centre of pixel (x, y) at integer coordinates (x, y) — the same as OpenCV.
 */

/**
 * A 3×3 matrix stored row-major in a plain array of 9 numbers:
 * `[m00, m01, m02, m10, m11, m12, m20, m21, m22]`. An affine matrix has last row `0, 0, 1`;
 * it maps a column vector `(x, y, 1)` to `(m00 x + m01 y + m02, m10 x + m11 y + m12, 1)`.
 * (OpenCV uses a 2×3 Mat for affine maps: our first 6 values are exactly that Mat's data.)
 */
export type Matrix3 = number[];

/**
 * A matrix accepted as input: 9 values (3×3) or, where an affine map is expected, 6 values
 * (OpenCV's 2×3), row-major; a `number[]`, `Float64Array` or `Float32Array`.
 */
export type MatrixLike = ArrayLike<number>;

/** A point in pixel coordinates (x right, y down). */
export interface Point {
  x: number;
  y: number;
}

/** A correspondence: `src` in the first image maps to `dst` in the second. */
export interface PointPair {
  src: Point;
  dst: Point;
}

/** Interpolation used when sampling the source image. */
export const Interpolation = { nearest: "nearest", bilinear: "bilinear" } as const;
export type Interpolation = (typeof Interpolation)[keyof typeof Interpolation];

/**
 * How samples outside the source are filled (OpenCV names): `constant` = `BORDER_CONSTANT`
 * (the `borderValue`), `replicate` = `BORDER_REPLICATE` (aaa|abcd|ddd), `reflect101` =
 * `BORDER_REFLECT_101` (cb|abcd|cb), `reflect` = `BORDER_REFLECT` (ba|abcd|dc).
 */
export const WarpBorder = { constant: "constant", replicate: "replicate", reflect101: "reflect101", reflect: "reflect" } as const;
export type WarpBorder = (typeof WarpBorder)[keyof typeof WarpBorder];
