import type { Image } from "../../core/image";
import type { BorderMode } from "../border";
import { fastAtan2Deg, separablePair } from "./separable";

/** The four images every gradient operator returns. */
export interface GradientResult {
  /** ∂I/∂x (right minus left), same units as the input times the kernel gain. */
  gx: Image;
  /** ∂I/∂y (down minus up; y grows down). */
  gy: Image;
  /** √(gx² + gy²). */
  magnitude: Image;
  /** Gradient direction atan2(gy, gx) in degrees, [0, 360), like `cv.phase(gx, gy, angleInDegrees=true)`. */
  angle: Image;
}

/** Fill magnitude and angle planes from gx, gy. Internal. */
export function polar(gx: Float32Array, gy: Float32Array, mag: Float32Array, ang: Float32Array): void {
  const n = gx.length;
  for (let i = 0; i < n; i++) {
    const x = gx[i]!, y = gy[i]!;
    mag[i] = Math.sqrt(x * x + y * y);
    ang[i] = fastAtan2Deg(y, x);
  }
}

/** Internal: gradients with a given smoothing/derivative kernel pair (used by sobel and scharr). */
export function gradientWith(image: Image, smooth: number[], deriv: number[], border: BorderMode): GradientResult {
  const { width, height } = image;
  const n = width * height;
  const gx = new Float32Array(n), gy = new Float32Array(n), mag = new Float32Array(n), ang = new Float32Array(n);
  // gx: smooth vertically, differentiate horizontally; gy: the other way round.
  separablePair(image.data, width, height, smooth, deriv, deriv, smooth, border, gx, gy);
  polar(gx, gy, mag, ang);
  const wrap = (data: Float32Array): Image => ({ width, height, channels: 1, data });
  return { gx: wrap(gx), gy: wrap(gy), magnitude: wrap(mag), angle: wrap(ang) };
}
