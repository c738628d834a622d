import { core, io, resize } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";
import type { Comparator } from "../../types";

type Args = [Image];

/** What a seam is judged against: the energy map it runs through and the cost of the cheapest seam. */
interface Expected {
  energy: Image;
  cost: number;
}

/** The reference: the library's DP seam (leftmost ties; checked against brute force in lib/resize/findVerticalSeam.test.ts). */
const reference = (energy: Image): Expected => ({ energy, cost: resize.seamCost(energy, resize.findVerticalSeam(energy)) });

/**
 * Any seam of minimal cost passes (ties may be broken either way): the student's seam must be one
 * in-range integer column per row, connected (|Δx| ≤ 1), and cost no more than the reference.
 */
const minimalSeam: Comparator = (actual, expected) => {
  const { energy, cost } = expected as Expected;
  const { width: w, height: h, data } = energy;
  if (!Array.isArray(actual) && !(ArrayBuffer.isView(actual) && !(actual instanceof DataView))) {
    return { pass: false, message: `expected an array of ${h} column indices (one per row), got ${actual === null ? "null" : typeof actual}` };
  }
  const s = actual as ArrayLike<unknown>;
  if (s.length !== h) return { pass: false, message: `expected ${h} entries (one per row of the energy map), got ${s.length}` };
  let total = 0;
  for (let y = 0; y < h; y++) {
    const x = s[y];
    if (typeof x !== "number" || !Number.isInteger(x) || x < 0 || x >= w) {
      return { pass: false, message: `seam[${y}] = ${String(x)} is not a column index in [0, ${w - 1}]` };
    }
    if (y > 0 && Math.abs(x - (s[y - 1] as number)) > 1) {
      return { pass: false, message: `the seam jumps from column ${s[y - 1]} (row ${y - 1}) to column ${x} (row ${y}): consecutive rows may differ by at most one column` };
    }
    total += data[y * w + x]!;
  }
  const tol = 1e-9 * Math.max(1, Math.abs(cost)) + 1e-6;
  if (total > cost + tol) return { pass: false, message: `your seam is connected but costs ${total.toFixed(4)}; the cheapest seam costs ${cost.toFixed(4)}` };
  if (total < cost - tol) return { pass: false, message: `your seam costs ${total.toFixed(4)}, less than the minimum ${cost.toFixed(4)}?` };
  return { pass: true };
};

/** A 1-channel energy map from rows of numbers. */
const map = (rows: number[][]): Image => core.fromRows(rows);

export default defineExercise({
  id: "w02d03-min-seam",
  title: "The minimum-energy vertical seam (dynamic programming)",
  points: 3,
  defines: ["minSeam"],
  offLimits: {
    lib: ["resize.findVerticalSeam", "resize.cumulativeEnergy", "resize.verticalSeams", "resize.seamCarve", "resize.removeVerticalSeam", "resize.insertVerticalSeam", "resize.seamOverlay"],
  },
  tests: [
    test({
      name: "a 5×4 map with one cheap diagonal (hand-checked: [0, 1, 2, 3])",
      points: 0.4,
      visibility: "visible",
      input: (): Args => [map([[1, 7, 8, 9, 6], [9, 2, 9, 8, 7], [8, 9, 1, 9, 9], [9, 8, 9, 0, 9]])],
      expected: reference,
      compare: minimalSeam,
      hint: "M(x, y) = e(x, y) + min of M at x−1, x, x+1 in the row above; backtrack from the smallest M in the bottom row",
    }),
    test({
      name: "a flat map: every connected seam ties, any of them passes",
      points: 0.3,
      visibility: "visible",
      input: (): Args => [core.imageFromData(6, 5, 1, new Float32Array(30).fill(0.5))],
      expected: reference,
      compare: minimalSeam,
      hint: "return one integer column per row (length = height), each in [0, width − 1]",
    }),
    test({
      name: "the cheapest top pixel is a trap (greedy descent loses)",
      points: 0.35,
      visibility: "hidden",
      input: (): Args => [map([[0, 5, 5, 5, 1], [9, 9, 5, 5, 0], [9, 9, 9, 5, 0], [9, 9, 9, 5, 0]])],
      expected: reference,
      compare: minimalSeam,
      hint: "choose the seam by its total cost: the dynamic programme looks at whole paths, not just the next step",
    }),
    test({
      name: "row minima far apart: the seam must stay connected",
      points: 0.35,
      visibility: "hidden",
      input: (): Args => [map([[0, 4, 4, 4, 4, 4, 3], [4, 4, 4, 4, 4, 4, 3], [4, 4, 4, 4, 4, 4, 3], [3, 4, 4, 4, 4, 4, 0]])],
      expected: reference,
      compare: minimalSeam,
      hint: "only the three pixels x−1, x, x+1 of the row above can precede (x, y)",
    }),
    test({
      name: "the best path drifts left (pixel x + 1 of the row above must count as a predecessor)",
      points: 0.3,
      visibility: "hidden",
      input: (): Args => [map([[9, 9, 9, 9, 0], [9, 9, 9, 0, 9], [9, 9, 0, 9, 9], [9, 0, 9, 9, 9], [0, 9, 9, 9, 9]])],
      expected: reference,
      compare: minimalSeam,
    }),
    test({
      name: "walking back up must follow M, not the energy of the row above",
      points: 0.3,
      visibility: "hidden",
      input: (): Args => [map([[0, 9, 9, 9, 9], [1, 9, 0, 9, 9], [9, 0, 9, 9, 9]])],
      expected: reference,
      compare: minimalSeam,
      hint: "from (x, y) step up to the neighbour with the smallest M(·, y − 1): a cheap pixel can sit at the end of an expensive path",
    }),
    test({
      name: "a seeded random 15×12 map",
      points: 0.4,
      visibility: "hidden",
      input: (): Args => [core.randomImage(15, 12, 1, 2031)],
      expected: reference,
      compare: minimalSeam,
    }),
    test({
      name: "the energy of a 64×48 raccoon crop",
      points: 0.35,
      visibility: "hidden",
      input: (): Args => [resize.energy(core.crop(io.loadImage("raccoon"), { x: 500, y: 250, width: 64, height: 48 }))],
      expected: reference,
      compare: minimalSeam,
    }),
    test({
      name: "a one-column map (the only seam is all zeros)",
      points: 0.15,
      visibility: "hidden",
      input: (): Args => [core.randomImage(1, 6, 1, 2032)],
      expected: reference,
      compare: minimalSeam,
    }),
    test({
      name: "a one-row map (the cheapest pixel)",
      points: 0.1,
      visibility: "hidden",
      input: (): Args => [core.randomImage(9, 1, 1, 2033)],
      expected: reference,
      compare: minimalSeam,
    }),
  ],
});
