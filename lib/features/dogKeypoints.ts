import type { Image } from "../core/image";
import { checkImage, checkInteger, checkNumber } from "../core/validate";
import { buildScaleSpace, maxOctaves } from "./_scaleSpace";
import type { Keypoint } from "./types";

/** Options of {@link dogKeypoints}. */
export interface DogKeypointsOptions {
  /** Number of octaves (each halves the resolution); capped so the smallest keeps ≥ 8 px. @default 4 */
  octaves?: number;
  /** Scales per octave, s (Lowe: 3). Each octave holds s + 3 Gaussian and s + 2 DoG images. @default 3 */
  scales?: number;
  /** σ of the first level (Lowe: 1.6), in input pixels; the input is assumed blurred by 0.5. @default 1.6 */
  sigma?: number;
  /** Reject extrema with |D(x̂)| below this after sub-pixel refinement (Lowe: 0.03 for [0, 1] images). @default 0.03 */
  contrastThreshold?: number;
  /** Reject edge-like points with principal-curvature ratio above r (Lowe: 10). @default 10 */
  edgeThreshold?: number;
}

/**
 * Difference-of-Gaussian keypoints (Lowe 2004): build the Gaussian scale space, take differences
 * of adjacent levels, keep samples that are extrema of their 3×3×3 neighbourhood, refine them by
 * fitting a 3-D quadratic (up to 5 Newton steps), reject low contrast and edge responses. Input:
 * 1-channel image in [0, 1]; no initial upsampling (Lowe doubles the image first; we do not, so
 * the smallest σ found is ≈ 1.6 px). Keypoints carry x, y (input pixels), sigma, octave, layer.
 * @example const kps = dogKeypoints(img, { contrastThreshold: 0.03 });
 * @see D. G. Lowe, "Distinctive Image Features from Scale-Invariant Keypoints", IJCV 60(2), 2004, §3–4.
 */
export function dogKeypoints(image: Image, options: DogKeypointsOptions = {}): Keypoint[] {
  const { octaves = 4, scales = 3, sigma = 1.6, contrastThreshold = 0.03, edgeThreshold = 10 } = options;
  checkImage(image, { channels: 1 }, "image");
  checkInteger(octaves, "options.octaves", { min: 1, max: 12 });
  checkInteger(scales, "options.scales", { min: 1, max: 10 });
  checkNumber(sigma, "options.sigma", { min: 0, exclusiveMin: true });
  checkNumber(contrastThreshold, "options.contrastThreshold", { min: 0 });
  checkNumber(edgeThreshold, "options.edgeThreshold", { min: 1 });
  const nOct = Math.min(octaves, maxOctaves(image.width, image.height));
  const space = buildScaleSpace(image.data, image.width, image.height, nOct, scales, sigma);
  const kps: Keypoint[] = [];
  const pre = 0.5 * contrastThreshold;
  const edgeLimit = (edgeThreshold + 1) ** 2 / edgeThreshold;
  for (let o = 0; o < space.length; o++) {
    const { w, h, gauss } = space[o]!;
    if (w < 3 || h < 3) continue;
    const dog = gauss.slice(1).map((g, i) => {
      const d = new Float32Array(w * h);
      const p = gauss[i]!;
      for (let k = 0; k < d.length; k++) d[k] = g[k]! - p[k]!;
      return d;
    });
    const D = (l: number, x: number, y: number) => dog[l]![y * w + x]!;
    for (let l = 1; l <= scales; l++) {
      for (let y = 1; y < h - 1; y++) {
        for (let x = 1; x < w - 1; x++) {
          const v = D(l, x, y);
          if (Math.abs(v) <= pre) continue;
          let isMax = true;
          let isMin = true;
          for (let dl = -1; dl <= 1 && (isMax || isMin); dl++) {
            const a = dog[l + dl]!;
            for (let dy = -1; dy <= 1; dy++) {
              for (let dx = -1; dx <= 1; dx++) {
                if (dl === 0 && dx === 0 && dy === 0) continue;
                const u = a[(y + dy) * w + x + dx]!;
                if (u >= v) isMax = false;
                if (u <= v) isMin = false;
              }
            }
          }
          if (!isMax && !isMin) continue;
          // Sub-pixel / sub-scale refinement.
          let cx = x;
          let cy = y;
          let cl = l;
          let off = [0, 0, 0];
          let ok = false;
          let value = v;
          for (let it = 0; it < 5; it++) {
            const g = [(D(cl, cx + 1, cy) - D(cl, cx - 1, cy)) / 2, (D(cl, cx, cy + 1) - D(cl, cx, cy - 1)) / 2, (D(cl + 1, cx, cy) - D(cl - 1, cx, cy)) / 2];
            const c = D(cl, cx, cy);
            const dxx = D(cl, cx + 1, cy) + D(cl, cx - 1, cy) - 2 * c;
            const dyy = D(cl, cx, cy + 1) + D(cl, cx, cy - 1) - 2 * c;
            const dss = D(cl + 1, cx, cy) + D(cl - 1, cx, cy) - 2 * c;
            const dxy = (D(cl, cx + 1, cy + 1) - D(cl, cx - 1, cy + 1) - D(cl, cx + 1, cy - 1) + D(cl, cx - 1, cy - 1)) / 4;
            const dxs = (D(cl + 1, cx + 1, cy) - D(cl + 1, cx - 1, cy) - D(cl - 1, cx + 1, cy) + D(cl - 1, cx - 1, cy)) / 4;
            const dys = (D(cl + 1, cx, cy + 1) - D(cl + 1, cx, cy - 1) - D(cl - 1, cx, cy + 1) + D(cl - 1, cx, cy - 1)) / 4;
            const Hm = [dxx, dxy, dxs, dxy, dyy, dys, dxs, dys, dss];
            const sol = solve3(Hm, g);
            if (!sol) break;
            off = sol.map((s) => -s);
            value = c + 0.5 * (g[0]! * off[0]! + g[1]! * off[1]! + g[2]! * off[2]!);
            if (Math.abs(off[0]!) < 0.5 && Math.abs(off[1]!) < 0.5 && Math.abs(off[2]!) < 0.5) {
              // Edge test on the 2×2 spatial Hessian.
              const tr = dxx + dyy;
              const det = dxx * dyy - dxy * dxy;
              ok = det > 0 && (tr * tr) / det < edgeLimit;
              break;
            }
            cx += Math.round(off[0]!);
            cy += Math.round(off[1]!);
            cl += Math.round(off[2]!);
            if (cl < 1 || cl > scales || cx < 1 || cx >= w - 1 || cy < 1 || cy >= h - 1) break;
          }
          if (!ok || Math.abs(value) < contrastThreshold) continue;
          const layer = cl + off[2]!;
          const f = 2 ** o;
          kps.push({ x: (cx + off[0]!) * f, y: (cy + off[1]!) * f, response: Math.abs(value), sigma: sigma * 2 ** (layer / scales) * f, octave: o, layer });
        }
      }
    }
  }
  kps.sort((a, b) => b.response - a.response);
  return kps;
}

function solve3(A: number[], b: number[]): number[] | undefined {
  const [a, bb, c, d, e, f, g, h, i] = A as [number, number, number, number, number, number, number, number, number];
  const det = a * (e * i - f * h) - bb * (d * i - f * g) + c * (d * h - e * g);
  if (Math.abs(det) < 1e-15) return undefined;
  const inv = [e * i - f * h, c * h - bb * i, bb * f - c * e, f * g - d * i, a * i - c * g, c * d - a * f, d * h - e * g, bb * g - a * h, a * e - bb * d];
  return [0, 1, 2].map((r) => (inv[3 * r]! * b[0]! + inv[3 * r + 1]! * b[1]! + inv[3 * r + 2]! * b[2]!) / det);
}
