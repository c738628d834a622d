import type { Image } from "../core/image";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkImage, checkInteger, checkNumber } from "../core/validate";
import { buildScaleSpace, maxOctaves } from "./_scaleSpace";
import type { Keypoint } from "./types";

/** Options of {@link describe}. */
export interface DescribeOptions {
  /** Scales per octave of the scale space sampled (use the detector's value). @default 3 */
  scales?: number;
  /** σ of the first level (use the detector's value). @default 1.6 */
  sigma?: number;
}

/** Result of {@link describe}: keypoints with `angle` set, and one 128-D unit descriptor each. */
export interface Described {
  keypoints: Keypoint[];
  descriptors: Float32Array[];
}

const D = 4;
const N = 8;
const ORI_BINS = 36;

/**
 * SIFT-like description (Lowe 2004): for each keypoint, (1) the dominant orientation from a
 * 36-bin histogram of gradient angles within 3·1.5σ, Gaussian-weighted (σ_w = 1.5σ), smoothed,
 * peak refined by a parabola; (2) a 4×4 grid of 8-bin orientation histograms over a window of
 * 4 × 3σ per side rotated to that orientation, trilinear voting, Gaussian weight (σ = half the
 * window), normalised, clipped at 0.2 and renormalised → 128 floats of unit length. Gradients come
 * from the Gaussian level nearest the keypoint's σ. Angles are degrees counter-clockwise on screen.
 * One orientation per keypoint (Lowe adds extra keypoints for secondary peaks ≥ 80%; we do not).
 * Keypoints without `sigma` are described at σ = 1.6.
 * @example const { keypoints, descriptors } = describe(img, dogKeypoints(img));
 * @see D. G. Lowe, IJCV 60(2), 2004, §5 (orientation) and §6 (descriptor).
 */
export function describe(image: Image, keypoints: readonly Keypoint[], options: DescribeOptions = {}): Described {
  const { scales = 3, sigma = 1.6 } = options;
  checkImage(image, { channels: 1 }, "image");
  if (!Array.isArray(keypoints)) throw new ArgumentTypeError("keypoints", `expected an array of keypoints, got ${describeValue(keypoints)}`);
  keypoints.forEach((k, i) => {
    checkNumber(k?.x, `keypoints[${i}].x`);
    checkNumber(k?.y, `keypoints[${i}].y`);
  });
  checkInteger(scales, "options.scales", { min: 1, max: 10 });
  checkNumber(sigma, "options.sigma", { min: 0, exclusiveMin: true });
  const want = keypoints.reduce((m, k) => Math.max(m, Math.floor(Math.log2(Math.max((k.sigma ?? sigma) / sigma, 1)))), 0) + 1;
  const space = buildScaleSpace(image.data, image.width, image.height, Math.min(want, maxOctaves(image.width, image.height, 4)), scales, sigma);
  const outK: Keypoint[] = [];
  const outD: Float32Array[] = [];
  const hist = new Float64Array(ORI_BINS);
  const tmp = new Float64Array(ORI_BINS);
  for (const kp of keypoints) {
    const ks = kp.sigma ?? sigma;
    const lv = Math.max(0, scales * Math.log2(ks / sigma));
    let o = Math.min(space.length - 1, Math.floor(lv / scales));
    let layer = Math.round(lv - o * scales);
    if (layer > scales + 2) layer = scales + 2;
    if (o < 0) o = 0;
    const { w, h, gauss } = space[o]!;
    const img = gauss[layer]!;
    const f = 2 ** o;
    const x = kp.x / f;
    const y = kp.y / f;
    const s = ks / f;
    const px = Math.round(x);
    const py = Math.round(y);
    const grad = (gx: number, gy: number): [number, number] | undefined => {
      if (gx < 1 || gy < 1 || gx >= w - 1 || gy >= h - 1) return undefined;
      const i = gy * w + gx;
      return [img[i + 1]! - img[i - 1]!, img[i - w]! - img[i + w]!]; // dy points up (y-up angles)
    };
    // Orientation.
    hist.fill(0);
    const r = Math.round(3 * 1.5 * s);
    const ew = -1 / (2 * (1.5 * s) ** 2);
    for (let j = -r; j <= r; j++) {
      for (let i = -r; i <= r; i++) {
        const g = grad(px + i, py + j);
        if (!g) continue;
        const mag = Math.hypot(g[0], g[1]);
        let a = (Math.atan2(g[1], g[0]) * 180) / Math.PI;
        if (a < 0) a += 360;
        const bin = Math.round((a * ORI_BINS) / 360) % ORI_BINS;
        hist[bin] = hist[bin]! + mag * Math.exp((i * i + j * j) * ew);
      }
    }
    for (let b = 0; b < ORI_BINS; b++) {
      tmp[b] = (hist[(b + ORI_BINS - 2) % ORI_BINS]! + hist[(b + 2) % ORI_BINS]!) / 16 + ((hist[(b + ORI_BINS - 1) % ORI_BINS]! + hist[(b + 1) % ORI_BINS]!) * 4) / 16 + (hist[b]! * 6) / 16;
    }
    let best = 0;
    for (let b = 1; b < ORI_BINS; b++) if (tmp[b]! > tmp[best]!) best = b;
    const l = tmp[(best + ORI_BINS - 1) % ORI_BINS]!;
    const rr = tmp[(best + 1) % ORI_BINS]!;
    const c = tmp[best]!;
    const denom = l - 2 * c + rr;
    let angle = ((best + (denom !== 0 ? (0.5 * (l - rr)) / denom : 0)) * 360) / ORI_BINS;
    angle = ((angle % 360) + 360) % 360;
    // Descriptor.
    const desc = new Float32Array(D * D * N);
    const histWidth = 3 * s;
    const radius = Math.round((histWidth * Math.SQRT2 * (D + 1)) / 2);
    const ca = Math.cos((angle * Math.PI) / 180);
    const sa = Math.sin((angle * Math.PI) / 180);
    const expScale = -1 / ((D * D) / 2);
    for (let j = -radius; j <= radius; j++) {
      for (let i = -radius; i <= radius; i++) {
        // Frame axes (screen CCW angle, y down): u = (cos, −sin), v = (sin, cos).
        const cRot = (i * ca - j * sa) / histWidth;
        const rRot = (i * sa + j * ca) / histWidth;
        const rbin = rRot + D / 2 - 0.5;
        const cbin = cRot + D / 2 - 0.5;
        if (rbin <= -1 || rbin >= D || cbin <= -1 || cbin >= D) continue;
        const g = grad(px + i, py + j);
        if (!g) continue;
        const mag = Math.hypot(g[0], g[1]) * Math.exp((cRot * cRot + rRot * rRot) * expScale);
        let a = (Math.atan2(g[1], g[0]) * 180) / Math.PI - angle;
        a = ((a % 360) + 360) % 360;
        const obin = (a * N) / 360;
        const r0 = Math.floor(rbin);
        const c0 = Math.floor(cbin);
        const o0 = Math.floor(obin);
        const dr = rbin - r0;
        const dc = cbin - c0;
        const dob = obin - o0;
        for (let ri = 0; ri <= 1; ri++) {
          const rIdx = r0 + ri;
          if (rIdx < 0 || rIdx >= D) continue;
          const wr = ri ? dr : 1 - dr;
          for (let ci = 0; ci <= 1; ci++) {
            const cIdx = c0 + ci;
            if (cIdx < 0 || cIdx >= D) continue;
            const wc = ci ? dc : 1 - dc;
            for (let oi = 0; oi <= 1; oi++) {
              const oIdx = (o0 + oi) % N;
              const wo = oi ? dob : 1 - dob;
              const k = (rIdx * D + cIdx) * N + oIdx;
              desc[k] = desc[k]! + mag * wr * wc * wo;
            }
          }
        }
      }
    }
    normalize(desc);
    for (let k = 0; k < desc.length; k++) if (desc[k]! > 0.2) desc[k] = 0.2;
    normalize(desc);
    outK.push({ ...kp, sigma: ks, angle });
    outD.push(desc);
  }
  return { keypoints: outK, descriptors: outD };
}

function normalize(v: Float32Array): void {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  const n = Math.sqrt(s);
  if (n > 0) for (let i = 0; i < v.length; i++) v[i] = v[i]! / n;
}
