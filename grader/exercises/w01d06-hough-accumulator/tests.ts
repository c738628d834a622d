import { core, edges, io } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { closeImage, defineExercise, test } from "../../define";
import type { Comparator } from "../../types";

type Args = [Image, number];

/** The library's accumulator with θ step π/numThetas and 1-pixel ρ bins (column ρ + W + H). */
const reference = (binary: Image, numThetas: number) => edges.houghLinesAccumulator(binary, { rhoRes: 1, thetaRes: Math.PI / numThetas }).votes;

/**
 * Same shape, and at most `share` of the votes in a different cell. The library rounds ρ like
 * cv.HoughLines (float32 sines, half to even), `Math.round` in doubles can put a vote whose ρ is
 * within ~1e-6 of a bin edge one bin over; every real mistake moves far more votes.
 */
function votesMatch(share: number): Comparator {
  return (actual, expected) => {
    const e = expected as Image;
    const a = actual as Image;
    if (a && typeof a === "object" && (a.width !== e.width || a.height !== e.height)) {
      return { pass: false, message: `expected ${e.height} rows (one per θ) × ${e.width} columns (ρ from −(W+H) to W+H), got ${a.height} × ${a.width}` };
    }
    const s = closeImage(Infinity)(actual, expected);
    if (!s.pass) return s;
    let moved = 0, total = 0, worst = -1;
    for (let i = 0; i < e.data.length; i++) {
      const d = Math.abs(a.data[i]! - e.data[i]!);
      if (!(d === 0)) {
        moved += Number.isNaN(d) ? Infinity : d;
        if (worst < 0) worst = i;
      }
      total += e.data[i]!;
    }
    moved /= 2;
    const allowed = Math.floor(share * total);
    if (moved <= allowed) return { pass: true, message: moved ? `${moved} of ${total} votes one bin apart (rounding)` : "" };
    const n = Math.floor(worst / e.width), r = worst % e.width;
    return {
      pass: false,
      message: `${moved} of ${total} votes are in other cells (allowed ${allowed}); first difference at row ${n} (θ = ${((n * 180) / e.height).toFixed(2)}°), column ${r} (ρ = ${r - (e.width - 1) / 2}): got ${a.data[worst]}, expected ${e.data[worst]}`,
    };
  };
}

/** A seeded binary image with roughly `density` of its pixels set. */
function sparse(width: number, height: number, seed: number, density: number): Image {
  const img = core.randomImage(width, height, 1, seed);
  for (let i = 0; i < img.data.length; i++) img.data[i] = img.data[i]! < density ? 1 : 0;
  return img;
}

function withPixels(width: number, height: number, pixels: [number, number][]): Image {
  const img = core.createImage(width, height, 1);
  for (const [x, y] of pixels) img.data[y * width + x] = 1;
  return img;
}

/** Analytic check: given cells hold exactly the given counts, and every row sums to the number of set pixels. */
function analytic(cells: { row: number; rho: number; votes: number }[]): Comparator {
  return (actual, expected) => {
    const shape = votesMatch(1)(actual, expected);
    if (!shape.pass) return shape;
    const a = actual as Image;
    const offset = (a.width - 1) / 2;
    for (const c of cells) {
      const got = a.data[c.row * a.width + c.rho + offset];
      if (got !== c.votes) return { pass: false, message: `the line at θ row ${c.row}, ρ = ${c.rho} should get ${c.votes} votes, got ${got}` };
    }
    const e = expected as Image;
    let pixels = 0;
    for (let r = 0; r < e.width; r++) pixels += e.data[r]!;
    for (let n = 0; n < a.height; n++) {
      let sum = 0;
      for (let r = 0; r < a.width; r++) sum += a.data[n * a.width + r]!;
      if (sum !== pixels) return { pass: false, message: `row ${n} holds ${sum} votes: every one of the ${pixels} pixels must vote exactly once per θ` };
    }
    return { pass: true };
  };
}

const horizontal = Array.from({ length: 20 }, (_, x) => [x, 5] as [number, number]);
const vertical = Array.from({ length: 12 }, (_, y) => [7, y] as [number, number]).filter(([, y]) => y !== 5);
const diagonal = Array.from({ length: 15 }, (_, i) => [i, i] as [number, number]);

export default defineExercise({
  id: "w01d06-hough-accumulator",
  title: "The Hough accumulator for lines",
  points: 2,
  defines: ["houghAccumulator"],
  offLimits: { lib: ["edges.houghLinesAccumulator", "edges.houghLines", "edges.houghCircles"], opencv: ["HoughLines", "HoughLinesP", "HoughLinesPointSet"] },
  tests: [
    test({
      name: "one pixel at (3, 4) of an 8×6 image, 4 angles: ρ = 3, 5, 4, 1",
      points: 0.3,
      visibility: "visible",
      input: () => [withPixels(8, 6, [[3, 4]]), 4] as Args,
      expected: reference,
      compare: votesMatch(0.005),
      hint: "θ = 0°, 45°, 90°, 135°; ρ = round(x cos θ + y sin θ); column = ρ + W + H = ρ + 14",
    }),
    test({
      name: "a horizontal line y = 5 (20 px) and a vertical line x = 7 (12 px): peaks of 20 and 12 votes",
      points: 0.3,
      visibility: "visible",
      input: () => [withPixels(20, 12, [...horizontal, ...vertical]), 180] as Args,
      expected: reference,
      compare: analytic([{ row: 90, rho: 5, votes: 20 }, { row: 0, rho: 7, votes: 12 }]),
      hint: "θ in radians: θₙ = n·π / numThetas; the horizontal line y = 5 is θ = 90°, ρ = 5",
    }),
    test({
      name: "the diagonal x = y (15 px) with 8 angles: 15 votes at θ = 135°, ρ = 0",
      points: 0.3,
      visibility: "hidden",
      input: () => [withPixels(15, 15, diagonal), 8] as Args,
      expected: reference,
      compare: analytic([{ row: 6, rho: 0, votes: 15 }, { row: 2, rho: 0, votes: 1 }]),
    }),
    test({
      name: "a sparse random 40×30 image, 180 angles",
      points: 0.4,
      visibility: "hidden",
      input: () => [sparse(40, 30, 621, 0.1), 180] as Args,
      expected: reference,
      compare: votesMatch(0.005),
    }),
    test({
      name: "Canny edges of a chessboard crop (64×48), 90 angles",
      points: 0.4,
      visibility: "hidden",
      input: () => [edges.canny(core.crop(io.loadImage("chessboard"), { x: 10, y: 30, width: 64, height: 48 })), 90] as Args,
      expected: reference,
      compare: votesMatch(0.005),
    }),
    test({
      name: "pixels of the top row vote for negative ρ when θ > 90° (25×10, 12 angles)",
      points: 0.3,
      visibility: "hidden",
      input: () => [withPixels(25, 10, [[24, 0], [20, 0], [14, 0], [3, 1], [24, 9]]), 12] as Args,
      expected: reference,
      compare: votesMatch(0.005),
    }),
  ],
});
