import fc from "fast-check";
import { pythonOracle, type OracleArray } from "../testing/pythonOracle";
import { convexHull } from "./convexHull";
import { contourArea } from "./contourArea";
import type { Point } from "./point";

const key = (p: Point) => `${p.x},${p.y}`;
/** Rotate a cyclic list so it starts at its smallest key (for order comparison). */
function canonical(c: Point[]): string[] {
  const k = c.map(key);
  let s = 0;
  for (let i = 1; i < k.length; i++) if (k[i]! < k[s]!) s = i;
  return k.slice(s).concat(k.slice(0, s));
}
const arbPoints = fc.array(fc.record({ x: fc.integer({ min: -30, max: 30 }), y: fc.integer({ min: -30, max: 30 }) }), { minLength: 3, maxLength: 40 });

describe("convexHull", () => {
  it("keeps the 4 corners of a square with interior and edge points (hand-checked order)", () => {
    const p = [{ x: 0, y: 0 }, { x: 2, y: 0 }, { x: 4, y: 0 }, { x: 4, y: 4 }, { x: 0, y: 4 }, { x: 2, y: 2 }, { x: 1, y: 3 }];
    expect(convexHull(p)).toEqual([{ x: 4, y: 4 }, { x: 0, y: 4 }, { x: 0, y: 0 }, { x: 4, y: 0 }]);
    expect(convexHull(p, { clockwise: true })).toEqual([{ x: 4, y: 4 }, { x: 4, y: 0 }, { x: 0, y: 0 }, { x: 0, y: 4 }]);
  });
  it("gives the same points in the same cyclic order as cv.convexHull (Python build), both orientations", () => {
    for (const pts of fc.sample(arbPoints, { numRuns: 15, seed: 11 })) {
      const ref = pythonOracle("result = [cv2.convexHull(p.astype(np.int32), clockwise=False).reshape(-1, 2), cv2.convexHull(p.astype(np.int32), clockwise=True).reshape(-1, 2)]", {
        p: { shape: [pts.length, 1, 2], data: pts.flatMap((q) => [q.x, q.y]) },
      }) as OracleArray[];
      for (const [i, clockwise] of [[0, false], [1, true]] as const) {
        const r = ref[i]!;
        const refPts: Point[] = [];
        for (let k = 0; k < r.shape[0]!; k++) refPts.push({ x: r.data[2 * k]!, y: r.data[2 * k + 1]! });
        expect(canonical(convexHull(pts, { clockwise }))).toEqual(canonical(refPts));
      }
    }
  });
  it("contains every input point and is idempotent", () => {
    fc.assert(
      fc.property(arbPoints, (pts) => {
        const hull = convexHull(pts);
        // the same cycle of points (the starting point may differ, as with cv.convexHull)
        expect(canonical(convexHull(hull))).toEqual(canonical(hull));
        const a = contourArea(hull);
        for (const p of pts) expect(contourArea([...hull, p]) <= a + 1e-9 || contourArea(convexHull([...hull, p])) === a).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
