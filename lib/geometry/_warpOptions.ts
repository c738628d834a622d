import type { Interpolation, WarpBorder } from "./types";

/** Options shared by {@link warpAffine} and {@link warpPerspective}. */
export interface WarpOptions {
  /** Output width in pixels. @default the source width */
  width?: number;
  /** Output height in pixels. @default the source height */
  height?: number;
  /** `bilinear` (OpenCV INTER_LINEAR, 1/32-pixel fixed-point coordinates) or `nearest` (INTER_NEAREST). @default "bilinear" */
  interpolation?: Interpolation;
  /** How samples outside the source are filled (OpenCV's border modes). @default "constant" (OpenCV's default for warps) */
  border?: WarpBorder;
  /** Value used by `border: "constant"`, for every channel. @default 0 */
  borderValue?: number;
  /** Buffer of `width·height·channels` floats to write the result into (reused across calls); the returned image wraps it. @default a new buffer */
  out?: Float32Array;
}
