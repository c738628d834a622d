/**
 * Internal (not exported from the module): OpenCV's hue-sector table shared by hsvToRgb and
 * hslToRgb. For sector k = ⌊H/60⌋, the indices into `tab` of [B, G, R].
 */
export const HUE_SECTORS: readonly (readonly [number, number, number])[] = [
  [1, 3, 0],
  [1, 0, 2],
  [3, 0, 1],
  [0, 2, 1],
  [0, 1, 3],
  [2, 1, 0],
];

/** float32's machine epsilon (C's FLT_EPSILON), used by OpenCV's float colour conversions. */
export const FLT_EPSILON = 1.1920928955078125e-7;
