import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { srgbDecode } from "./srgbCurve";

/**
 * Undo the sRGB "gamma": `v ≤ 0.04045 ? v/12.92 : ((v + 0.055)/1.055)^2.4`, on every value of
 * every channel (pass RGB, not RGBA, if alpha must stay untouched). Input in [0, 1]; negative
 * values follow the linear segment. This is the curve OpenCV applies inside `COLOR_RGB2Lab`/`Luv`
 * for float input (OpenCV uses a spline table of it; we evaluate it exactly).
 * @example const lin = srgbToLinear(img); // average colours in linear light
 * @see IEC 61966-2-1:1999 (sRGB); Poynton, "Digital Video and HD" (2nd ed.), ch. 27.
 */
export function srgbToLinear(image: Image): Image {
  checkImage(image);
  const src = image.data;
  const n = src.length;
  const data = new Float32Array(n);
  for (let i = 0; i < n; i++) data[i] = srgbDecode(src[i]!);
  return { width: image.width, height: image.height, channels: image.channels, data };
}
