import type { Image } from "../core/image";
import { checkImage, checkNumber, checkInteger } from "../core/validate";
import { ArgumentRangeError } from "../core/errors";
import { canny } from "./canny";
import { separablePair } from "./internal/separable";

/** Options of {@link houghCircles} (names and units as cv.HoughCircles with HOUGH_GRADIENT). */
export interface HoughCirclesOptions {
  /** Inverse accumulator resolution: 1 = image resolution, 2 = half. @default 1 */
  dp?: number;
  /** Minimum distance between detected centres, pixels. @default image height / 8 */
  minDist?: number;
  /** Canny's high threshold (low = param1 / 2), gradient of 0–255 values. @default 100 */
  param1?: number;
  /** Votes a centre needs (and edge points a radius needs); smaller finds more (and false) circles. @default 30 */
  param2?: number;
  /** Smallest radius, pixels. @default 0 */
  minRadius?: number;
  /** Largest radius, pixels; ≤ 0 means max(width, height). @default 0 */
  maxRadius?: number;
}

/** A circle found by {@link houghCircles}. */
export interface HoughCircle {
  /** Centre column, pixels (pixel (0, 0)'s centre is at (0, 0)). */
  x: number;
  /** Centre row, pixels (y down). */
  y: number;
  /** Radius, pixels. */
  radius: number;
  /** Accumulator votes for the centre. */
  votes: number;
}

/**
 * Circle detection with the Hough gradient method (the scheme of cv.HoughCircles HOUGH_GRADIENT):
 * Canny edges (thresholds param1/2, param1); each edge pixel votes for centres along its gradient
 * line, both ways, at distances minRadius…maxRadius; accumulator local maxima with more than param2
 * votes become candidate centres, strongest first, skipped when closer than minDist to an accepted
 * one; each centre's radius is the 2-pixel band of edge distances with most points per unit
 * radius, kept when it holds more than param2 points, refined as their mean distance.
 * Differences from OpenCV: centres are reported at cell centres in pixel-index coordinates
 * (OpenCV adds half a cell), and the radius estimate differs in detail, so results agree
 * within about a pixel, not exactly.
 * @example const coins = edges.houghCircles(grey, { minDist: 20, param2: 25, minRadius: 15, maxRadius: 40 });
 * @see H. K. Yuen, J. Princen, J. Illingworth & J. Kittler, "Comparative study of Hough transform methods for circle finding", Image and Vision Computing 8(1), 1990.
 */
export function houghCircles(image: Image, options: HoughCirclesOptions = {}): HoughCircle[] {
  checkImage(image, { channels: 1 }, "image");
  const { width: w, height: h } = image;
  const { dp = 1, minDist = h / 8, param1 = 100, param2 = 30, minRadius = 0, maxRadius: maxR0 = 0 } = options;
  checkNumber(dp, "options.dp", { min: 1 });
  checkNumber(minDist, "options.minDist", { min: 0 });
  checkNumber(param1, "options.param1", { min: 0, exclusiveMin: true });
  checkNumber(param2, "options.param2", { min: 0, exclusiveMin: true });
  checkInteger(minRadius, "options.minRadius", { min: 0 });
  checkInteger(maxR0, "options.maxRadius");
  const maxRadius = maxR0 <= 0 ? Math.max(w, h) : maxR0;
  if (maxRadius < minRadius) throw new ArgumentRangeError("options.maxRadius", `must be ≥ minRadius (${minRadius}), got ${maxRadius}`);

  const edgeMap = canny(image, { low: Math.max(1, param1 / 2), high: param1 }).data;
  const n = w * h;
  const q = new Float32Array(n);
  const src = image.data;
  for (let i = 0; i < n; i++) {
    const v = Math.round(src[i]! * 255);
    q[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  const gx = new Float32Array(n), gy = new Float32Array(n);
  separablePair(q, w, h, [1, 2, 1], [-1, 0, 1], [-1, 0, 1], [1, 2, 1], "replicate", gx, gy);

  // votes
  const idp = 1 / dp;
  const aw = Math.ceil(w * idp) + 1, ah = Math.ceil(h * idp) + 1;
  const acc = new Int32Array(aw * ah);
  const edgeX: number[] = [], edgeY: number[] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (edgeMap[i] === 0) continue;
      edgeX.push(x);
      edgeY.push(y);
      const vx = gx[i]!, vy = gy[i]!;
      const mag = Math.sqrt(vx * vx + vy * vy);
      if (mag < 1) continue;
      const ux = (vx / mag) * idp, uy = (vy / mag) * idp;
      const cx = x * idp, cy = y * idp;
      for (let sgn = -1; sgn <= 1; sgn += 2) {
        for (let r = minRadius; r <= maxRadius; r++) {
          const ax = Math.round(cx + sgn * r * ux), ay = Math.round(cy + sgn * r * uy);
          if (ax < 0 || ay < 0 || ax >= aw || ay >= ah) break;
          acc[ay * aw + ax]++;
        }
      }
    }
  }
  // candidate centres: local maxima above param2
  const centres: number[] = [];
  for (let y = 1; y < ah - 1; y++) {
    for (let x = 1; x < aw - 1; x++) {
      const b = y * aw + x;
      const v = acc[b]!;
      if (v > param2 && v > acc[b - 1]! && v >= acc[b + 1]! && v > acc[b - aw]! && v >= acc[b + aw]!) centres.push(b);
    }
  }
  centres.sort((a, b) => acc[b]! - acc[a]! || a - b);

  const circles: HoughCircle[] = [];
  const minDist2 = minDist * minDist;
  const nEdges = edgeX.length;
  const bins = new Int32Array(maxRadius + 2);
  for (const b of centres) {
    const cx = (b % aw) * dp, cy = Math.floor(b / aw) * dp;
    if (circles.some((c) => (c.x - cx) ** 2 + (c.y - cy) ** 2 < minDist2)) continue;
    bins.fill(0);
    for (let k = 0; k < nEdges; k++) {
      const d = Math.sqrt((edgeX[k]! - cx) ** 2 + (edgeY[k]! - cy) ** 2);
      if (d < minRadius - 1 || d > maxRadius + 1) continue;
      const bi = Math.round(d);
      if (bi <= maxRadius + 1) bins[bi]++;
    }
    let best = -1, bestScore = 0, bestCount = 0;
    for (let r = Math.max(1, minRadius); r <= maxRadius; r++) {
      const count = bins[r]! + bins[r + 1]!;
      const score = count / (r + 0.5);
      if (score > bestScore) { bestScore = score; best = r; bestCount = count; }
    }
    if (best < 0 || bestCount <= param2) continue;
    let sum = 0, cnt = 0;
    for (let k = 0; k < nEdges; k++) {
      const d = Math.sqrt((edgeX[k]! - cx) ** 2 + (edgeY[k]! - cy) ** 2);
      if (d >= best - 0.5 && d < best + 1.5) { sum += d; cnt++; }
    }
    circles.push({ x: cx, y: cy, radius: cnt > 0 ? sum / cnt : best, votes: acc[b]! });
  }
  return circles;
}
