import type { Image } from "../core/image";
import { checkImage } from "../core/validate";

/**
 * Gradient-magnitude energy for seam carving, e₁ = |∂I/∂x| + |∂I/∂y|, summed over channels.
 * Derivatives are central differences (I(x+1) − I(x−1)) / 2 with replicated borders (so a
 * border pixel uses a one-sided half difference). Returns a 1-channel image of the same size
 * (values ≥ 0, up to 2·channels for [0, 1] input).
 * @example const e = energy(img);
 * @see S. Avidan & A. Shamir, "Seam Carving for Content-Aware Image Resizing", SIGGRAPH 2007, §3 (e₁).
 */
export function energy(image: Image): Image {
  checkImage(image, {}, "image");
  const { width: w, height: h, channels: cn, data } = image;
  const out = new Float32Array(w * h);
  const stride = w * cn;
  for (let y = 0; y < h; y++) {
    const up = (y > 0 ? y - 1 : 0) * stride;
    const down = (y < h - 1 ? y + 1 : h - 1) * stride;
    const row = y * stride;
    for (let x = 0; x < w; x++) {
      const l = (x > 0 ? x - 1 : 0) * cn;
      const r = (x < w - 1 ? x + 1 : w - 1) * cn;
      const xc = x * cn;
      let e = 0;
      for (let c = 0; c < cn; c++) {
        e += Math.abs(data[row + r + c]! - data[row + l + c]!) + Math.abs(data[down + xc + c]! - data[up + xc + c]!);
      }
      out[y * w + x] = 0.5 * e;
    }
  }
  return { width: w, height: h, channels: 1, data: out };
}
