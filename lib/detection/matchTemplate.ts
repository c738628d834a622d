import type { Image } from "../core/image";
import { ArgumentRangeError, assertUnreachable } from "../core/errors";
import { checkImage, checkOneOf, outputBuffer } from "../core/validate";
import { correlate } from "./_correlate";

/** Template-matching scores, named after OpenCV's TM_* methods. */
export const MatchMethod = {
  /** TM_SQDIFF: Σ (T − I)², best match = minimum. */
  ssd: "ssd",
  /** TM_SQDIFF_NORMED: Σ (T − I)² / √(Σ T² · Σ I²), minimum. */
  ssdNormed: "ssdNormed",
  /** TM_CCORR: Σ T·I, maximum (biased towards bright windows). */
  ccorr: "ccorr",
  /** TM_CCORR_NORMED: Σ T·I / √(Σ T² · Σ I²), maximum, in [0, 1] for non-negative images. */
  ncc: "ncc",
  /** TM_CCOEFF: Σ (T − T̄)(I − Ī), maximum. */
  ccoeff: "ccoeff",
  /** TM_CCOEFF_NORMED: the zero-mean normalised cross-correlation, in [−1, 1], maximum. */
  ccoeffNormed: "ccoeffNormed",
} as const;
export type MatchMethod = (typeof MatchMethod)[keyof typeof MatchMethod];

/** OpenCV's classification: numerator type (0 = Σ T·I, 1 = zero-mean, 2 = squared difference) and normalisation. */
function methodKind(method: MatchMethod): { numType: 0 | 1 | 2; normed: boolean } {
  switch (method) {
    case "ssd":
      return { numType: 2, normed: false };
    case "ssdNormed":
      return { numType: 2, normed: true };
    case "ccorr":
      return { numType: 0, normed: false };
    case "ncc":
      return { numType: 0, normed: true };
    case "ccoeff":
      return { numType: 1, normed: false };
    case "ccoeffNormed":
      return { numType: 1, normed: true };
    default:
      return assertUnreachable(method, "method");
  }
}

interface ScoreConstants {
  numType: 0 | 1 | 2;
  normed: boolean;
  sqdiffNormed: boolean;
  tMean: number;
  tSq: number;
  tNorm: number;
  invArea: number;
}

/**
 * Scores of output rows y0 … y0+rows−1 from their correlations C (row stride ow) and the window
 * sums, kept as running column sums `col`/`colSq` (over image rows y … y+th−1 for the current
 * output row y, advanced here row by row). OpenCV's arithmetic and guards for each method.
 */
function scoreRows(C: Float64Array, y0: number, rows: number, I: Float32Array, W: number, tw: number, th: number, oh: number, col: Float64Array, colSq: Float64Array, out: Float32Array, k: ScoreConstants): void {
  const { numType, normed, sqdiffNormed, tMean, tSq, tNorm, invArea } = k;
  if (numType === 1 && normed) {
    scoreRowsCcoeffNormed(C, y0, rows, I, W, tw, th, oh, col, colSq, out, tMean, tNorm, invArea);
    return;
  }
  const ow = W - tw + 1;
  const eps10 = 10 * 1.1920928955078125e-7;
  for (let y = y0; y < y0 + rows; y++) {
    let s = 0;
    let sq = 0;
    for (let x = 0; x < tw; x++) (s += col[x]!), (sq += colSq[x]!);
    const row = y * ow;
    const crow = (y - y0) * ow;
    for (let x = 0; x < ow; x++) {
      if (x > 0) {
        s += col[x + tw - 1]! - col[x - 1]!;
        sq += colSq[x + tw - 1]! - colSq[x - 1]!;
      }
      let num = C[crow + x]!;
      let wndMean2 = 0;
      if (numType === 1) {
        wndMean2 = s * s * invArea;
        num -= s * tMean;
      } else if (numType === 2) {
        num = Math.max(sq - 2 * num + tSq, 0);
      }
      if (normed) {
        const diff2 = Math.max(sq - wndMean2, 0);
        const t = diff2 <= Math.min(0.5, eps10 * sq) ? 0 : Math.sqrt(diff2) * tNorm;
        if (Math.abs(num) < t) num /= t;
        else if (Math.abs(num) < t * 1.125) num = num > 0 ? 1 : -1;
        else num = sqdiffNormed ? 1 : 0;
      }
      out[row + x] = num;
    }
    if (y + 1 < oh) {
      const add = (y + th) * W;
      const sub = y * W;
      for (let x = 0; x < W; x++) {
        const a = I[add + x]!;
        const b = I[sub + x]!;
        col[x] = col[x]! + a - b;
        colSq[x] = colSq[x]! + a * a - b * b;
      }
    }
  }
}

/** {@link scoreRows} for ccoeffNormed (the common case), with its branches resolved: the same arithmetic. */
function scoreRowsCcoeffNormed(C: Float64Array, y0: number, rows: number, I: Float32Array, W: number, tw: number, th: number, oh: number, col: Float64Array, colSq: Float64Array, out: Float32Array, tMean: number, tNorm: number, invArea: number): void {
  const ow = W - tw + 1;
  const eps10 = 10 * 1.1920928955078125e-7;
  for (let y = y0; y < y0 + rows; y++) {
    let s = 0;
    let sq = 0;
    for (let x = 0; x < tw; x++) (s += col[x]!), (sq += colSq[x]!);
    const row = y * ow;
    const crow = (y - y0) * ow;
    for (let x = 0; ; ) {
      let num = C[crow + x]! - s * tMean;
      const diff2 = Math.max(sq - s * s * invArea, 0);
      const t = diff2 <= Math.min(0.5, eps10 * sq) ? 0 : Math.sqrt(diff2) * tNorm;
      const a = Math.abs(num);
      if (a < t) num /= t;
      else if (a < t * 1.125) num = num > 0 ? 1 : -1;
      else num = 0;
      out[row + x] = num;
      if (++x >= ow) break;
      s += col[x + tw - 1]! - col[x - 1]!;
      sq += colSq[x + tw - 1]! - colSq[x - 1]!;
    }
    if (y + 1 < oh) {
      const add = (y + th) * W;
      const sub = y * W;
      for (let x = 0; x < W; x++) {
        const a = I[add + x]!;
        const b = I[sub + x]!;
        col[x] = col[x]! + a - b;
        colSq[x] = colSq[x]! + a * a - b * b;
      }
    }
  }
}

/** Options of {@link matchTemplate}. */
export interface MatchTemplateOptions {
  /** Force the correlation algorithm (for teaching and tests). @default "auto" (the cheaper by a cost model) */
  algorithm?: "auto" | "direct" | "fft";
  /** Buffer of (W−w+1)·(H−h+1) floats for the result. @default a new buffer */
  out?: Float32Array;
}

/**
 * Slide `template` (w × h) over `image` (W × H, both 1-channel) and score every placement, like
 * `cv.matchTemplate`: the result is (W − w + 1) × (H − h + 1), value at (x, y) for the template's
 * top-left corner at (x, y). Window sums Σ I and Σ I² come from running column sums (O(W·H)); the
 * cross term Σ T·I from a direct loop, O(W·H·w·h), for small templates, or from blocked FFTs
 * (overlap-save, block sizes chosen by a cost model, two real blocks per complex FFT),
 * O(W·H·log B), for larger ones — all in float64. Normalised methods follow OpenCV's guards:
 * a flat window scores 0 (ncc/ccoeffNormed) or 1 (ssdNormed); a flat template with ccoeffNormed
 * gives 1 everywhere.
 * @example const score = matchTemplate(scene, face, "ccoeffNormed"); const { maxLoc } = minMaxLoc(score);
 * @see J. P. Lewis, "Fast Normalized Cross-Correlation", Vision Interface 1995; Szeliski (2nd ed.) §9.1.
 */
export function matchTemplate(image: Image, template: Image, method: MatchMethod = "ccoeffNormed", options: MatchTemplateOptions = {}): Image {
  const { algorithm = "auto", out: outBuffer } = options;
  checkImage(image, { channels: 1 }, "image");
  checkImage(template, { channels: 1 }, "template");
  checkOneOf(method, Object.values(MatchMethod), "method");
  checkOneOf(algorithm, ["auto", "direct", "fft"] as const, "options.algorithm");
  const { width: W, height: H, data: I } = image;
  const { width: tw, height: th, data: T } = template;
  if (tw > W || th > H) throw new ArgumentRangeError("template", `template ${tw}×${th} is larger than the image ${W}×${H}`);
  const ow = W - tw + 1;
  const oh = H - th + 1;
  const out = outputBuffer(outBuffer, ow * oh);
  const area = tw * th;
  let tSum = 0;
  let tSq = 0;
  for (let i = 0; i < area; i++) (tSum += T[i]!), (tSq += T[i]! * T[i]!);
  const tMean = tSum / area;
  const tVar = Math.max(tSq - tSum * tMean, 0); // Σ (T − T̄)²
  if (method === "ccoeffNormed" && tVar < Number.EPSILON) {
    out.fill(1);
    return { width: ow, height: oh, channels: 1, data: out };
  }
  const { numType, normed } = methodKind(method);
  const tNorm = numType === 1 ? Math.sqrt(tVar) : Math.sqrt(tSq);
  // Running column sums over th rows (Σ I and Σ I² of each column of the current window row).
  const col = new Float64Array(W);
  const colSq = new Float64Array(W);
  for (let j = 0; j < th; j++) {
    const r = j * W;
    for (let x = 0; x < W; x++) {
      const v = I[r + x]!;
      col[x] = col[x]! + v;
      colSq[x] = colSq[x]! + v * v;
    }
  }
  const k: ScoreConstants = { numType, normed, sqdiffNormed: method === "ssdNormed", tMean, tSq, tNorm, invArea: 1 / area };
  correlate(I, W, H, T, tw, th, algorithm === "auto" ? undefined : algorithm, (C, y0, rows) => scoreRows(C, y0, rows, I, W, tw, th, oh, col, colSq, out, k));
  return { width: ow, height: oh, channels: 1, data: out };
}
