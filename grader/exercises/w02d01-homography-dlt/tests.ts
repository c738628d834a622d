import { core, cvbridge, geometry } from "@cv-roadmap/lib";
import type { Comparator } from "../../types";
import { defineExercise, test } from "../../define";

type Pair = geometry.PointPair;
type Args = [Pair[]];

/** The library's normalised DLT (Hartley & Zisserman Algorithm 4.2), scaled so H[8] = 1. */
const reference = (pairs: Pair[]) => geometry.homographyDLT(pairs);

const mapPoint = (H: ArrayLike<number>, x: number, y: number) => {
  const w = H[6]! * x + H[7]! * y + H[8]!;
  return { x: (H[0]! * x + H[1]! * y + H[2]!) / w, y: (H[3]! * x + H[4]! * y + H[5]!) / w };
};

/** A 5×5 grid over the bounding box of the source points: where the two homographies are compared. */
function gridOver(pairs: Pair[]): { x: number; y: number }[] {
  const xs = pairs.map((p) => p.src.x);
  const ys = pairs.map((p) => p.src.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const grid: { x: number; y: number }[] = [];
  for (let j = 0; j <= 4; j++) for (let i = 0; i <= 4; i++) grid.push({ x: x0 + ((x1 - x0) * i) / 4, y: y0 + ((y1 - y0) * j) / 4 });
  return grid;
}

/**
 * 9 finite numbers, H[8] = 1, and the same mapping as the expected homography: every point of a
 * grid over the source points lands within `tolPx` pixels of where the expected H sends it.
 */
function sameHomography(pairs: () => Pair[], tolPx: number): Comparator {
  return (actual, expected) => {
    const ok = (Array.isArray(actual) || (ArrayBuffer.isView(actual) && !(actual instanceof DataView))) && (actual as ArrayLike<unknown>).length === 9;
    if (!ok) return { pass: false, message: "expected an array of 9 numbers (H row-major: h00 h01 h02 h10 h11 h12 h20 h21 h22)" };
    const H = Array.from(actual as ArrayLike<unknown>);
    const bad = H.findIndex((v) => typeof v !== "number" || !Number.isFinite(v));
    if (bad >= 0) return { pass: false, message: `H[${bad}] is ${String(H[bad])}, expected a finite number` };
    const h = H as number[];
    if (Math.abs(h[8]! - 1) > 1e-9) return { pass: false, message: `H[8] is ${h[8]}: divide H by its last entry so that H[8] = 1` };
    const E = expected as number[];
    let worst = 0;
    let at = { x: 0, y: 0 };
    for (const p of gridOver(pairs())) {
      const a = mapPoint(h, p.x, p.y);
      const e = mapPoint(E, p.x, p.y);
      const d = Math.hypot(a.x - e.x, a.y - e.y);
      if (!(d <= worst)) (worst = Number.isNaN(d) ? Infinity : d), (at = p);
    }
    if (worst <= tolPx) return { pass: true };
    const a = mapPoint(h, at.x, at.y);
    const e = mapPoint(E, at.x, at.y);
    return {
      pass: false,
      message: `your H sends (${at.x.toFixed(1)}, ${at.y.toFixed(1)}) to (${a.x.toFixed(3)}, ${a.y.toFixed(3)}), expected (${e.x.toFixed(3)}, ${e.y.toFixed(3)}): ${worst.toPrecision(3)} px away (tolerance ${tolPx} px)`,
    };
  };
}

/** Pairs src → H·src (+ Gaussian noise of `sigma` px on dst), sources uniform in [x0, x0+span]². */
function synthetic(H: number[], n: number, x0: number, span: number, sigma: number, seed: number): Pair[] {
  const rng = core.seededRandom(seed);
  const pairs: Pair[] = [];
  for (let i = 0; i < n; i++) {
    const src = { x: x0 + rng.next() * span, y: x0 + rng.next() * span };
    const d = mapPoint(H, src.x, src.y);
    pairs.push({ src, dst: { x: d.x + sigma * rng.normal(), y: d.y + sigma * rng.normal() } });
  }
  return pairs;
}

/** OpenCV's answers on exact data: cv.getPerspectiveTransform (4 pairs) and cv.findHomography(src, dst, 0) (least squares). */
function opencvHomography(pairs: Pair[]): number[] {
  const cv = cvbridge.opencv();
  return cvbridge.withMats((track) => {
    const src = track(cv.matFromArray(pairs.length, 1, cv.CV_32FC2, pairs.flatMap((p) => [p.src.x, p.src.y])));
    const dst = track(cv.matFromArray(pairs.length, 1, cv.CV_32FC2, pairs.flatMap((p) => [p.dst.x, p.dst.y])));
    const H = track(pairs.length === 4 ? cv.getPerspectiveTransform(src, dst) : cv.findHomography(src, dst, 0));
    const h = Array.from(H.data64F as Float64Array);
    return h.map((v) => v / h[8]!);
  });
}

const square = (): Pair[] => [
  { src: { x: 0, y: 0 }, dst: { x: 10, y: 20 } },
  { src: { x: 100, y: 0 }, dst: { x: 120, y: 15 } },
  { src: { x: 100, y: 100 }, dst: { x: 130, y: 140 } },
  { src: { x: 0, y: 100 }, dst: { x: 5, y: 110 } },
];
const shift = (): Pair[] =>
  [[3, 4], [50, 7], [42, 61], [9, 30], [25, 25]].map(([x, y]) => ({ src: { x: x!, y: y! }, dst: { x: x! + 5, y: y! - 3 } }));
const quad = (): Pair[] => [
  { src: { x: 12, y: 31 }, dst: { x: 40, y: 22 } },
  { src: { x: 410, y: 18 }, dst: { x: 380, y: 60 } },
  { src: { x: 395, y: 290 }, dst: { x: 430, y: 330 } },
  { src: { x: 30, y: 305 }, dst: { x: 15, y: 280 } },
];
const H_TRUE = [1.08, 0.21, -35, -0.12, 0.94, 18, 3.1e-4, -2.2e-4, 1];
const exact12 = () => synthetic(H_TRUE, 12, 20, 600, 0, 2111);
// A 300-px patch far from the origin of a 4000-px photo, 0.5 px noise: badly conditioned without normalisation.
const H_FAR = geometry.homographyDLT([
  { src: { x: 3000, y: 3000 }, dst: { x: 3020, y: 2990 } },
  { src: { x: 3300, y: 3000 }, dst: { x: 3340, y: 3025 } },
  { src: { x: 3300, y: 3300 }, dst: { x: 3290, y: 3330 } },
  { src: { x: 3000, y: 3300 }, dst: { x: 2985, y: 3295 } },
]);
const noisyFar = () => synthetic(H_FAR, 20, 3000, 300, 0.5, 2112);
const noisyNear = () => synthetic(H_TRUE, 30, 0, 640, 1, 2113);

export default defineExercise({
  id: "w02d01-homography-dlt",
  title: "Homography by the normalised DLT",
  points: 3,
  defines: ["homographyDLT"],
  offLimits: {
    lib: ["geometry.homographyDLT", "geometry.getPerspectiveTransform", "features.ransacHomography", "features.ransac"],
    opencv: ["findHomography", "getPerspectiveTransform", "estimateAffine2D", "estimateAffinePartial2D", "getAffineTransform", "solve", "SVDecomp", "eigen"],
  },
  tests: [
    test({
      name: "four corners of a square (exact)",
      points: 0.5,
      visibility: "visible",
      input: (): Args => [square()],
      expected: reference,
      compare: sameHomography(square, 1e-6),
      hint: "per pair: [x, y, 1, 0, 0, 0, −u·x, −u·y]·h = u and [0, 0, 0, x, y, 1, −v·x, −v·y]·h = v, with h8 = 1",
    }),
    test({
      name: "a pure translation by (5, −3) gives H = [1, 0, 5, 0, 1, −3, 0, 0, 1]",
      points: 0.25,
      visibility: "visible",
      input: (): Args => [shift()],
      expected: () => [1, 0, 5, 0, 1, -3, 0, 0, 1],
      compare: sameHomography(shift, 1e-6),
      hint: "H maps src to dst (not the other way round)",
    }),
    test({
      name: "four pairs agree with cv.getPerspectiveTransform",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [quad()],
      expected: opencvHomography,
      compare: sameHomography(quad, 1e-3),
    }),
    test({
      name: "twelve exact pairs agree with cv.findHomography (method 0)",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [exact12()],
      expected: opencvHomography,
      compare: sameHomography(exact12, 1e-3),
    }),
    test({
      name: "thirty pairs with 1 px noise: the least-squares fit",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [noisyNear()],
      expected: reference,
      compare: sameHomography(noisyNear, 0.05),
    }),
    test({
      name: "twenty noisy pairs in a small patch far from the origin (normalisation needed)",
      points: 0.75,
      visibility: "hidden",
      input: (): Args => [noisyFar()],
      expected: reference,
      compare: sameHomography(noisyFar, 0.1),
      hint: "normalise each point set (centroid to the origin, mean distance √2) before solving, then undo it: H = T2⁻¹·Hn·T1",
    }),
  ],
});
