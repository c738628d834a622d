import { contours, core, cvbridge, io, morphology, threshold } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";

type Point = contours.Point;
type Args = [Point[]];

const reference = (c: Point[]) => contours.contourArea(c);

/** OpenCV's answer: cv.contourArea on the points as a CV_32SC2 (integers) or CV_32FC2 Mat. */
function opencvArea(c: Point[]): number {
  const cv = cvbridge.opencv();
  const integers = c.every((p) => Number.isInteger(p.x) && Number.isInteger(p.y));
  return cvbridge.withMats((track) => {
    const mat = track(cv.matFromArray(c.length, 1, integers ? cv.CV_32SC2 : cv.CV_32FC2, c.flatMap((p) => [p.x, p.y])));
    return cv.contourArea(mat) as number;
  });
}

const pts = (xy: number[][]): Point[] => xy.map(([x, y]) => ({ x: x!, y: y! }));

/** A seeded star: `n` vertices at random radii around (cx, cy), in angular order (a simple, non-convex polygon). */
function star(n: number, seed: number): Point[] {
  const rng = core.seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n, r = 20 + 30 * rng.next();
    return { x: Math.round(60 + r * Math.cos(a)), y: Math.round(60 + r * Math.sin(a)) };
  });
}

/** The largest outer contour of a coin in a crop of the coins' mask (as findContours traces it). */
function coinContour(): Point[] {
  const crop = core.crop(io.loadImage("coins"), { x: 120, y: 100, width: 120, height: 100 });
  const disk = morphology.structuringElement("ellipse", 5);
  const mask = morphology.open(threshold.adaptive(crop, { blockSize: 61, C: -10 }), disk);
  const found = contours.findContours(mask, { mode: "external" }).contours;
  return found.reduce((best, c) => (c.length > best.length ? c : best));
}

const horseContour = (): Point[] => contours.findContours(threshold.binary(io.loadImage("horse"), 0.5, { inverse: true }), { mode: "external" }).contours[0]!;

export default defineExercise({
  id: "w01d07-contour-area",
  title: "Contour area by the shoelace formula",
  points: 2,
  defines: ["contourArea"],
  offLimits: { lib: ["contours.contourArea", "contours.moments", "contours.huMoments", "contours.matchShapes"], opencv: ["contourArea", "moments"] },
  tests: [
    test({
      name: "a 4 × 3 rectangle from its corners has area 12",
      points: 0.3,
      visibility: "visible",
      input: () => [pts([[0, 0], [4, 0], [4, 3], [0, 3]])] as Args,
      expected: reference,
      compare: 1e-9,
      hint: "A = ½ |Σ (xᵢ·yᵢ₊₁ − xᵢ₊₁·yᵢ)|, and the last point joins the first",
    }),
    test({
      name: "a triangle whose signed shoelace sum is negative (−12) still has area 6",
      points: 0.3,
      visibility: "visible",
      input: () => [pts([[0, 0], [0, 3], [4, 0]])] as Args,
      expected: reference,
      compare: 1e-9,
      hint: "take the absolute value: the sign of the sum only says which way the points go around",
    }),
    test({
      name: "a traced coin contour equals cv.contourArea",
      points: 0.3,
      visibility: "hidden",
      input: () => [coinContour()] as Args,
      expected: opencvArea,
      compare: 1e-6,
    }),
    test({
      name: "a seeded non-convex star with 40 vertices",
      points: 0.3,
      visibility: "hidden",
      input: () => [star(40, 711)] as Args,
      expected: reference,
      compare: 1e-9,
    }),
    test({
      name: "the star traversed backwards has the same area",
      points: 0.2,
      visibility: "hidden",
      input: () => [star(40, 711).reverse()] as Args,
      expected: reference,
      compare: 1e-9,
    }),
    test({
      name: "two points enclose nothing: 0",
      points: 0.2,
      visibility: "hidden",
      input: () => [pts([[1, 2], [7, 5]])] as Args,
      expected: reference,
      compare: 1e-9,
    }),
    test({
      name: "the horse's outline equals cv.contourArea",
      points: 0.2,
      visibility: "hidden",
      input: () => [horseContour()] as Args,
      expected: opencvArea,
      compare: 1e-6,
    }),
    test({
      name: "a quadrilateral with fractional coordinates (clockwise on screen)",
      points: 0.2,
      visibility: "hidden",
      input: () => [pts([[0.5, 0.25], [10.75, 1.5], [9.25, 8.5], [1.5, 6.75]])] as Args,
      expected: opencvArea,
      compare: 1e-4,
    }),
  ],
});
