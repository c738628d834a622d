import { ArgumentRangeError, ArgumentTypeError, describeValue } from "../core/errors";
import { mul3, checkPoints, invert3, symmetricEigen } from "./_matrix";
import type { Matrix3, Point, PointPair } from "./types";

/** Options of {@link homographyDLT}. */
export interface HomographyDLTOptions {
  /**
   * Hartley normalisation: translate each point set to its centroid and scale it so the mean
   * distance from the origin is √2 before solving, then undo it. Keep it on: without it the
   * system is badly conditioned in pixel units and noise is amplified. @default true
   */
  normalize?: boolean;
}

function similarity(points: readonly Point[], on: boolean): Matrix3 {
  if (!on) return [1, 0, 0, 0, 1, 0, 0, 0, 1];
  let cx = 0;
  let cy = 0;
  for (const p of points) (cx += p.x), (cy += p.y);
  cx /= points.length;
  cy /= points.length;
  let d = 0;
  for (const p of points) d += Math.hypot(p.x - cx, p.y - cy);
  d /= points.length;
  const s = d > 0 ? Math.SQRT2 / d : 1;
  return [s, 0, -s * cx, 0, s, -s * cy, 0, 0, 1];
}

/**
 * Estimate the homography H with dst ≃ H·src from n ≥ 4 correspondences by the Direct Linear
 * Transform: stack two rows of A·h = 0 per pair and take the right singular vector of A with the
 * smallest singular value (here the eigenvector of AᵀA, 9×9, by Jacobi rotations). With n = 4
 * exact pairs it equals {@link getPerspectiveTransform}; with more it is the algebraic
 * least-squares fit (what `cv.findHomography(src, dst, 0)` starts from; OpenCV then refines
 * the geometric error with Levenberg–Marquardt, so on noisy data the two differ slightly).
 * The result is scaled so h22 = 1 (when h22 ≠ 0).
 * @example const H = homographyDLT(matches.map(([a, b]) => ({ src: a, dst: b })));
 * @see R. Hartley & A. Zisserman, Multiple View Geometry (2nd ed.), §4.1 (DLT) and §4.4 (normalisation, Algorithm 4.2).
 */
export function homographyDLT(pairs: readonly PointPair[], options: HomographyDLTOptions = {}): Matrix3 {
  const { normalize = true } = options;
  if (!Array.isArray(pairs)) throw new ArgumentTypeError("pairs", `expected an array of {src, dst} point pairs, got ${describeValue(pairs)}`);
  if (pairs.length < 4) throw new ArgumentRangeError("pairs", `a homography needs at least 4 pairs, got ${pairs.length}`);
  const src = pairs.map((p) => p?.src);
  const dst = pairs.map((p) => p?.dst);
  checkPoints(src, "pairs[].src");
  checkPoints(dst, "pairs[].dst");
  if (typeof normalize !== "boolean") throw new ArgumentTypeError("options.normalize", `expected a boolean, got ${describeValue(normalize)}`);
  const T1 = similarity(src, normalize);
  const T2 = similarity(dst, normalize);
  const ata = new Float64Array(81);
  const r1 = new Float64Array(9);
  const r2 = new Float64Array(9);
  for (let i = 0; i < pairs.length; i++) {
    const x = T1[0]! * src[i]!.x + T1[2]!;
    const y = T1[4]! * src[i]!.y + T1[5]!;
    const u = T2[0]! * dst[i]!.x + T2[2]!;
    const v = T2[4]! * dst[i]!.y + T2[5]!;
    r1.set([-x, -y, -1, 0, 0, 0, u * x, u * y, u]);
    r2.set([0, 0, 0, -x, -y, -1, v * x, v * y, v]);
    for (let a = 0; a < 9; a++) {
      for (let b = a; b < 9; b++) ata[a * 9 + b] += r1[a]! * r1[b]! + r2[a]! * r2[b]!;
    }
  }
  for (let a = 0; a < 9; a++) for (let b = 0; b < a; b++) ata[a * 9 + b] = ata[b * 9 + a]!;
  const { vectors } = symmetricEigen(ata, 9);
  const hn = vectors[0]!;
  const T2inv = invert3(T2)!;
  const H = mul3(mul3(T2inv, hn), T1);
  const s = Math.abs(H[8]!) > 1e-12 ? 1 / H[8]! : 1 / Math.hypot(...H);
  const out = H.map((v) => v * s);
  if (out.some((v) => !Number.isFinite(v))) throw new ArgumentRangeError("pairs", "degenerate correspondences: no homography");
  return out;
}
