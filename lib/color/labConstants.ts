/**
 * Internal (not exported from the module): OpenCV's CIE L*a*b* constants (color_lab.cpp), so our
 * conversions agree with `cv.cvtColor(…, COLOR_RGB2Lab)` on float input.
 */

/** D65 white point (Xn, Yn, Zn) as OpenCV uses it. */
export const D65 = [0.950456, 1, 1.088754] as const;

/** Linear sRGB → XYZ (rows X, Y, Z), OpenCV's sRGB2XYZ_D65. */
const SRGB_TO_XYZ = [0.412453, 0.35758, 0.180423, 0.212671, 0.71516, 0.072169, 0.019334, 0.119193, 0.950227] as const;

/** Linear RGB → (X/Xn, Y, Z/Zn): the matrix OpenCV applies before the cube roots. */
export const RGB_TO_XYZN: readonly number[] = SRGB_TO_XYZ.map((v, i) => v / D65[Math.floor(i / 3)]!);

/** The exact inverse of {@link RGB_TO_XYZN} (so labToRgb ∘ rgbToLab is the identity to float precision). */
export const XYZN_TO_RGB: readonly number[] = invert3(RGB_TO_XYZN);

/** (6/29)³: below it, f(t) is linear. */
export const LAB_T0 = 0.008856;
/** (29/3)³/116, the slope of the linear part of f. */
export const LAB_SLOPE = 7.787;
/** (29/3)³: L = 903.3·Y for small Y. */
export const LAB_KAPPA = 903.3;
/** L below which Y is on the linear segment. */
export const LAB_L_THRESHOLD = LAB_T0 * LAB_KAPPA;
/** f value below which t is on the linear segment. */
export const LAB_F_THRESHOLD = LAB_SLOPE * LAB_T0 + 16 / 116;

function invert3(m: readonly number[]): number[] {
  const [a, b, c, d, e, f, g, h, i] = m as [number, number, number, number, number, number, number, number, number];
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [A, -(b * i - c * h), b * f - c * e, B, a * i - c * g, -(a * f - c * d), C, -(a * h - b * g), a * e - b * d].map((v) => v / det);
}
