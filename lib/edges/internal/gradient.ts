import type { Image } from "../../core/image";
import type { BorderMode } from "../border";
import { separablePair } from "./separable";

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

const DEG = 180 / Math.PI;
const P1 = 0.9997878412794807 * DEG;
const P3 = -0.3258083974640975 * DEG;
const P5 = 0.1555786518463281 * DEG;
const P7 = -0.04432655554792128 * DEG;
const EPS = 2.220446049250313e-16;

/** Fill magnitude and angle (OpenCV's fastAtan2, inlined) for indices [start, end). Internal. */
export function polar(gx: Float32Array, gy: Float32Array, mag: Float32Array, ang: Float32Array, start = 0, end = gx.length): void {
  for (let i = start; i < end; i++) {
    const x = gx[i]!, y = gy[i]!;
    mag[i] = Math.sqrt(x * x + y * y);
    const ax = x < 0 ? -x : x, ay = y < 0 ? -y : y;
    let a: number;
    if (ax >= ay) {
      const c = ay / (ax + EPS);
      const c2 = c * c;
      a = (((P7 * c2 + P5) * c2 + P3) * c2 + P1) * c;
    } else {
      const c = ax / (ay + EPS);
      const c2 = c * c;
      a = 90 - (((P7 * c2 + P5) * c2 + P3) * c2 + P1) * c;
    }
    if (x < 0) a = 180 - a;
    if (y < 0) a = 360 - a;
    ang[i] = a >= 360 ? a - 360 : a;
  }
}

/** Internal: gradients with a given smoothing/derivative kernel pair (used by sobel and scharr). */
export function gradientWith(image: Image, smooth: number[], deriv: number[], border: BorderMode): GradientResult {
  const { width, height } = image;
  const n = width * height;
  const buffer = new ArrayBuffer(16 * n); // one allocation for the four planes
  const gx = new Float32Array(buffer, 0, n), gy = new Float32Array(buffer, 4 * n, n);
  const mag = new Float32Array(buffer, 8 * n, n), ang = new Float32Array(buffer, 12 * n, n);
  // gx: smooth vertically, differentiate horizontally; gy: the other way round; polar row by row while in cache.
  separablePair(image.data, width, height, smooth, deriv, deriv, smooth, border, gx, gy, (s, e) => polar(gx, gy, mag, ang, s, e));
  const wrap = (data: Float32Array): Image => ({ width, height, channels: 1, data });
  return { gx: wrap(gx), gy: wrap(gy), magnitude: wrap(mag), angle: wrap(ang) };
}
