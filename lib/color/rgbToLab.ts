import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { srgbDecode } from "./srgbCurve";
import { LAB_KAPPA, LAB_SLOPE, LAB_T0, RGB_TO_XYZN } from "./labConstants";

/**
 * sRGB → CIE L*a*b* (D65) with OpenCV's float convention: input clipped to [0, 1], sRGB curve
 * removed, XYZ via OpenCV's sRGB matrix, then `L = 116·f(Y) − 16` (L in [0, 100]),
 * `a = 500·(f(X/Xn) − f(Y))`, `b = 200·(f(Y) − f(Z/Zn))` (a, b roughly in [−127, 127]).
 * Channels L, a, b. Agrees with `cv.cvtColor(…, COLOR_RGB2Lab)` on CV_32F to about 1e-3 in L
 * (OpenCV interpolates the sRGB curve from a 1024-entry spline table; we evaluate it exactly).
 * @example const lab = rgbToLab(img); // lab.data[0] is L* of pixel (0,0)
 * @see CIE 15:2004 Colorimetry; Gonzalez & Woods, Digital Image Processing (4th ed.), §6.2.
 */
export function rgbToLab(image: Image): Image {
  checkImage(image, { channels: 3 }, "image");
  const { width, height, data: src } = image;
  const n = src.length;
  const data = new Float32Array(n);
  const [c0, c1, c2, c3, c4, c5, c6, c7, c8] = RGB_TO_XYZN as [number, number, number, number, number, number, number, number, number];
  const t0 = LAB_T0;
  const slope = LAB_SLOPE;
  const kappa = LAB_KAPPA;
  const a16 = 16 / 116;
  for (let i = 0; i < n; i += 3) {
    let r = src[i]!;
    let g = src[i + 1]!;
    let b = src[i + 2]!;
    r = srgbDecode(r < 0 ? 0 : r > 1 ? 1 : r);
    g = srgbDecode(g < 0 ? 0 : g > 1 ? 1 : g);
    b = srgbDecode(b < 0 ? 0 : b > 1 ? 1 : b);
    const x = r * c0 + g * c1 + b * c2;
    const y = r * c3 + g * c4 + b * c5;
    const z = r * c6 + g * c7 + b * c8;
    const fx = x > t0 ? Math.cbrt(x) : slope * x + a16;
    const fy = y > t0 ? Math.cbrt(y) : slope * y + a16;
    const fz = z > t0 ? Math.cbrt(z) : slope * z + a16;
    data[i] = y > t0 ? 116 * fy - 16 : kappa * y;
    data[i + 1] = 500 * (fx - fy);
    data[i + 2] = 200 * (fy - fz);
  }
  return { width, height, channels: 3, data };
}
