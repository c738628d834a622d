/** Internal (not exported from the module): the sRGB transfer curve on one value (IEC 61966-2-1). */

/** sRGB-encoded value in [0, 1] → linear light. */
export function srgbDecode(v: number): number {
  return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
}

/** Linear light in [0, 1] → sRGB-encoded value. */
export function srgbEncode(v: number): number {
  return v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
}
