import type { Image } from "../core/image";
import { checkImage, checkInteger, checkNumber } from "../core/validate";
import { gaussian } from "./_kernels";

/** A blob: centre, scale and response. */
export interface Blob {
  x: number;
  y: number;
  /** Scale σ of the best-responding Laplacian of Gaussian. */
  sigma: number;
  /** Radius ≈ σ√2 of a disc matching that LoG. */
  radius: number;
  /** Scale-normalised response −σ²∇²(G_σ * I). */
  response: number;
}

/** Options of {@link blobsLoG}. */
export interface BlobsLoGOptions {
  /** Smallest σ. @default 1 */
  minSigma?: number;
  /** Largest σ. @default 16 */
  maxSigma?: number;
  /** Number of σ values, spaced geometrically between min and max. @default 8 */
  numSigma?: number;
  /** Minimum scale-normalised response (for [0, 1] images). @default 0.1 */
  threshold?: number;
  /** Find dark blobs on a light background instead of bright on dark. @default false */
  dark?: boolean;
}

/**
 * Blob detection with the scale-normalised Laplacian of Gaussian: for each σ, blur, take the
 * 5-point Laplacian and multiply by −σ²; keep points that are maxima of their 3×3×3 (x, y, σ)
 * neighbourhood above `threshold`. Overlapping blobs are not pruned. Cost: numSigma Gaussian
 * blurs (kernel ±4σ).
 * @example const blobs = blobsLoG(coins, { minSigma: 4, maxSigma: 30, threshold: 0.2 });
 * @see T. Lindeberg, "Feature Detection with Automatic Scale Selection", IJCV 30(2), 1998; scikit-image blob_log.
 */
export function blobsLoG(image: Image, options: BlobsLoGOptions = {}): Blob[] {
  const { minSigma = 1, maxSigma = 16, numSigma = 8, threshold = 0.1, dark = false } = options;
  checkImage(image, { channels: 1 }, "image");
  checkNumber(minSigma, "options.minSigma", { min: 0, exclusiveMin: true });
  checkNumber(maxSigma, "options.maxSigma", { min: minSigma });
  checkInteger(numSigma, "options.numSigma", { min: 1, max: 100 });
  checkNumber(threshold, "options.threshold");
  const { width: w, height: h, data } = image;
  const sigmas = Array.from({ length: numSigma }, (_, i) => (numSigma === 1 ? minSigma : minSigma * (maxSigma / minSigma) ** (i / (numSigma - 1))));
  const sign = dark ? 1 : -1;
  const stack = sigmas.map((s) => {
    const g = gaussian(data, w, h, s);
    const out = new Float32Array(w * h);
    for (let y = 0; y < h; y++) {
      const up = (y > 0 ? y - 1 : 1 % h) * w;
      const dn = (y < h - 1 ? y + 1 : Math.max(h - 2, 0)) * w;
      for (let x = 0; x < w; x++) {
        const l = x > 0 ? x - 1 : 1 % w;
        const r = x < w - 1 ? x + 1 : Math.max(w - 2, 0);
        const c = g[y * w + x]!;
        const lap = g[y * w + l]! + g[y * w + r]! + g[up + x]! + g[dn + x]! - 4 * c;
        out[y * w + x] = sign * s * s * lap;
      }
    }
    return out;
  });
  const blobs: Blob[] = [];
  for (let k = 0; k < sigmas.length; k++) {
    const cur = stack[k]!;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const v = cur[y * w + x]!;
        if (!(v > threshold)) continue;
        let isMax = true;
        for (let dk = -1; dk <= 1 && isMax; dk++) {
          const layer = stack[k + dk];
          if (!layer) continue;
          for (let dy = -1; dy <= 1 && isMax; dy++) {
            const yy = y + dy;
            if (yy < 0 || yy >= h) continue;
            for (let dx = -1; dx <= 1; dx++) {
              const xx = x + dx;
              if (xx < 0 || xx >= w || (dk === 0 && dx === 0 && dy === 0)) continue;
              if (layer[yy * w + xx]! > v) {
                isMax = false;
                break;
              }
            }
          }
        }
        if (isMax) blobs.push({ x, y, sigma: sigmas[k]!, radius: sigmas[k]! * Math.SQRT2, response: v });
      }
    }
  }
  blobs.sort((a, b) => b.response - a.response);
  return blobs;
}
