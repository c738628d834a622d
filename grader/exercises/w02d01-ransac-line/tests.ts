import { core, features } from "@cv-roadmap/lib";
import type { Comparator } from "../../types";
import { defineExercise, test } from "../../define";

interface Pt {
  x: number;
  y: number;
}
type Args = [Pt[], number, number, number];
interface LineResult {
  line: number[];
  inliers: number[];
}

/** Unit-normal line [a, b, c] (a·x + b·y + c = 0): through 2 points, or the total-least-squares fit of more. */
function fitLine(pts: readonly Pt[]): number[] | undefined {
  if (pts.length === 2) {
    const [p, q] = pts as [Pt, Pt];
    const len = Math.hypot(q.x - p.x, q.y - p.y);
    if (len === 0) return undefined;
    const a = -(q.y - p.y) / len;
    const b = (q.x - p.x) / len;
    return [a, b, -(a * p.x + b * p.y)];
  }
  const mx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
  const my = pts.reduce((s, p) => s + p.y, 0) / pts.length;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of pts) (sxx += (p.x - mx) ** 2), (sxy += (p.x - mx) * (p.y - my)), (syy += (p.y - my) ** 2);
  const t = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const a = -Math.sin(t);
  const b = Math.cos(t);
  return [a, b, -(a * mx + b * my)];
}

/** The library's generic seeded RANSAC with a line model (2-point samples, TLS refit on the inliers). */
function reference(points: Pt[], iterations: number, threshold: number, seed: number): LineResult {
  const { model, inliers } = features.ransac<number[], Pt>(
    { sampleSize: 2, fit: fitLine, residual: (l, p) => Math.abs(l[0]! * p.x + l[1]! * p.y + l[2]!) },
    points,
    { iterations, threshold, seed, refit: true },
  );
  return { line: model!, inliers: [...inliers].sort((a, b) => a - b) };
}

/** Same line up to sign (a² + b² = 1 required) within `tol`, and exactly the same inlier indices in ascending order. */
const sameLine = (tol: number): Comparator => (actual, expected) => {
  const e = expected as LineResult;
  if (typeof actual !== "object" || actual === null) return { pass: false, message: "expected an object { line: [a, b, c], inliers: number[] }" };
  const { line, inliers } = actual as Partial<LineResult>;
  if (!Array.isArray(line) || line.length !== 3 || line.some((v) => typeof v !== "number" || !Number.isFinite(v))) {
    return { pass: false, message: `line must be 3 finite numbers [a, b, c], got ${JSON.stringify(line)}` };
  }
  if (Math.abs(Math.hypot(line[0]!, line[1]!) - 1) > 1e-6) return { pass: false, message: `normalise the line so that a² + b² = 1 (got a = ${line[0]}, b = ${line[1]})` };
  const sign = line[0]! * e.line[0]! + line[1]! * e.line[1]! < 0 ? -1 : 1;
  const worst = Math.max(...line.map((v, i) => Math.abs(sign * v - e.line[i]!)));
  if (!(worst <= tol)) {
    const f = (l: number[]) => `[${l.map((v) => v.toFixed(5)).join(", ")}]`;
    return { pass: false, message: `line ${f(line.map((v) => sign * v))}, expected ${f(e.line)} (largest difference ${worst.toPrecision(3)})` };
  }
  if (!Array.isArray(inliers)) return { pass: false, message: "inliers must be an array of point indices" };
  const same = inliers.length === e.inliers.length && inliers.every((v, i) => v === e.inliers[i]);
  if (!same) {
    const extra = inliers.filter((i) => !e.inliers.includes(i));
    const missing = e.inliers.filter((i) => !inliers.includes(i));
    return { pass: false, message: `inliers: got ${inliers.length}, expected ${e.inliers.length} (indices, ascending)${extra.length ? `; not inliers: ${extra.slice(0, 8).join(", ")}` : ""}${missing.length ? `; missing: ${missing.slice(0, 8).join(", ")}` : ""}` };
  }
  return { pass: true };
};

/**
 * `nIn` points near the line through `centre` at `angleDeg` (Gaussian noise σ across it), `nOut`
 * outliers uniform in the box [0, size]² but at least `gap` px from the line, shuffled, seeded.
 */
function lineData(o: { angleDeg: number; centre: Pt; halfLength: number; nIn: number; sigma: number; nOut: number; size: number; gap: number; seed: number; extra?: Pt[] }): Pt[] {
  const rng = core.seededRandom(o.seed);
  const t = (o.angleDeg * Math.PI) / 180;
  const [dx, dy] = [Math.cos(t), Math.sin(t)];
  const pts: Pt[] = [];
  for (let i = 0; i < o.nIn; i++) {
    const s = (2 * rng.next() - 1) * o.halfLength;
    const e = o.sigma * rng.normal();
    pts.push({ x: o.centre.x + s * dx - e * dy, y: o.centre.y + s * dy + e * dx });
  }
  while (pts.length < o.nIn + o.nOut) {
    const p = { x: rng.next() * o.size, y: rng.next() * o.size };
    if (Math.abs(-(p.x - o.centre.x) * dy + (p.y - o.centre.y) * dx) >= o.gap) pts.push(p);
  }
  pts.push(...(o.extra ?? []));
  for (let i = pts.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [pts[i], pts[j]] = [pts[j]!, pts[i]!];
  }
  return pts.map((p) => ({ x: Math.round(p.x * 1000) / 1000, y: Math.round(p.y * 1000) / 1000 }));
}

/** Points of a second, weaker line (structured outliers). */
function secondLine(n: number, seed: number): Pt[] {
  const rng = core.seededRandom(seed);
  return Array.from({ length: n }, () => {
    const s = rng.next() * 160;
    return { x: 20 + s, y: 170 - 0.35 * s + 0.3 * rng.normal() };
  });
}

const hand: Pt[] = [{ x: 0, y: 1 }, { x: 1, y: 2 }, { x: 2, y: 3 }, { x: 3, y: 4 }, { x: 2, y: 0 }, { x: 4, y: 5 }];
const TOL = 1e-6;

export default defineExercise({
  id: "w02d01-ransac-line",
  title: "RANSAC line fitting (seeded, refit on the inliers)",
  points: 3,
  defines: ["ransacLine"],
  offLimits: { lib: ["features.ransac", "features.ransacHomography"], opencv: ["fitLine", "HoughLines", "HoughLinesP"] },
  tests: [
    test({
      name: "five points on y = x + 1 and one outlier",
      points: 0.5,
      visibility: "visible",
      input: (): Args => [hand, 30, 0.5, 7],
      expected: reference,
      compare: sameLine(TOL),
      hint: "the line x − y + 1 = 0 normalised: ±[0.70711, −0.70711, 0.70711]; inliers [0, 1, 2, 3, 5]",
    }),
    test({
      name: "30 noisy points on a 20° line among 20 outliers",
      points: 0.5,
      visibility: "visible",
      input: (): Args => [lineData({ angleDeg: 20, centre: { x: 100, y: 100 }, halfLength: 80, nIn: 30, sigma: 0.5, nOut: 20, size: 200, gap: 8, seed: 2121 }), 200, 2, 1],
      expected: reference,
      compare: sameLine(TOL),
      hint: "refit the best line on ITS inliers only (total least squares), then recount the inliers against the refitted line",
    }),
    test({
      name: "a vertical line x = 150 (no slope y = m·x + q exists)",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [lineData({ angleDeg: 90, centre: { x: 150, y: 100 }, halfLength: 90, nIn: 25, sigma: 0.4, nOut: 25, size: 200, gap: 8, seed: 2122 }), 300, 2, 2],
      expected: reference,
      compare: sameLine(TOL),
    }),
    test({
      name: "a steep 78° line with 60% outliers",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [lineData({ angleDeg: 78, centre: { x: 90, y: 110 }, halfLength: 85, nIn: 24, sigma: 0.5, nOut: 36, size: 200, gap: 8, seed: 2123 }), 500, 2, 3],
      expected: reference,
      compare: sameLine(TOL),
    }),
    test({
      name: "a strong line, a weaker second line and scattered outliers",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [lineData({ angleDeg: 35, centre: { x: 100, y: 90 }, halfLength: 80, nIn: 40, sigma: 0.5, nOut: 10, size: 200, gap: 10, seed: 2124, extra: secondLine(15, 2125) }), 400, 2, 4],
      expected: reference,
      compare: sameLine(TOL),
    }),
    test({
      name: "a nearly horizontal line (−5°) with outliers far above and below",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [lineData({ angleDeg: -5, centre: { x: 100, y: 100 }, halfLength: 95, nIn: 35, sigma: 0.6, nOut: 15, size: 200, gap: 30, seed: 2126 }), 200, 2.5, 5],
      expected: reference,
      compare: sameLine(TOL),
    }),
  ],
});
