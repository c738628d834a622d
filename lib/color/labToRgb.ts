import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { srgbEncode } from "./srgbCurve";
import { LAB_F_THRESHOLD, LAB_KAPPA, LAB_L_THRESHOLD, LAB_SLOPE, XYZN_TO_RGB } from "./labConstants";

/**
 * CIE L*a*b* (D65; L in [0, 100]) → sRGB in [0, 1], the inverse of {@link rgbToLab}: OpenCV's
 * `COLOR_Lab2RGB` float formulas, linear RGB clipped to [0, 1] (out-of-gamut colours clip), then
 * the sRGB curve. We use the exact inverse of the forward matrix (OpenCV ships a 6-digit
 * rounded one), so round trips hold to ~1e-6; results agree with OpenCV to about 1e-4.
 * @example const rgb = labToRgb(lab);
 * @see CIE 15:2004 Colorimetry.
 */
export function labToRgb(image: Image): Image {
  checkImage(image, { channels: 3 }, "image");
  const { width, height, data: src } = image;
  const n = src.length;
  const data = new Float32Array(n);
  const [c0, c1, c2, c3, c4, c5, c6, c7, c8] = XYZN_TO_RGB as [number, number, number, number, number, number, number, number, number];
  const lThresh = LAB_L_THRESHOLD;
  const fThresh = LAB_F_THRESHOLD;
  const slope = LAB_SLOPE;
  const kappa = LAB_KAPPA;
  const a16 = 16 / 116;
  for (let i = 0; i < n; i += 3) {
    const li = src[i]!;
    const ai = src[i + 1]!;
    const bi = src[i + 2]!;
    let y: number;
    let fy: number;
    if (li <= lThresh) {
      y = li / kappa;
      fy = slope * y + a16;
    } else {
      fy = (li + 16) / 116;
      y = fy * fy * fy;
    }
    const fx = ai / 500 + fy;
    const fz = fy - bi / 200;
    const x = fx <= fThresh ? (fx - a16) / slope : fx * fx * fx;
    const z = fz <= fThresh ? (fz - a16) / slope : fz * fz * fz;
    let r = c0 * x + c1 * y + c2 * z;
    let g = c3 * x + c4 * y + c5 * z;
    let b = c6 * x + c7 * y + c8 * z;
    r = r < 0 ? 0 : r > 1 ? 1 : r;
    g = g < 0 ? 0 : g > 1 ? 1 : g;
    b = b < 0 ? 0 : b > 1 ? 1 : b;
    data[i] = srgbEncode(r);
    data[i + 1] = srgbEncode(g);
    data[i + 2] = srgbEncode(b);
  }
  return { width, height, channels: 3, data };
}
