import fc from "fast-check";
import { pythonOracle } from "../testing/pythonOracle";
import { contourArea } from "./contourArea";
import type { Point } from "./point";

const pts = (...xy: [number, number][]): Point[] => xy.map(([x, y]) => ({ x, y }));
const asArray = (c: Point[]) => ({ shape: [c.length, 1, 2], data: c.flatMap((p) => [p.x, p.y]) });
const arbPolygon = fc.array(fc.record({ x: fc.integer({ min: -50, max: 50 }), y: fc.integer({ min: -50, max: 50 }) }), { minLength: 3, maxLength: 12 });

describe("contourArea", () => {
  it("gives 6 for the 3-4-5 right triangle and 4 for a traced 3×3 pixel square", () => {
    expect(contourArea(pts([0, 0], [4, 0], [4, 3]))).toBe(6);
    expect(contourArea(pts([1, 1], [1, 2], [1, 3], [2, 3], [3, 3], [3, 2], [3, 1], [2, 1]))).toBe(4);
  });
  it("signs the oriented area like cv.contourArea(c, true)", () => {
    const c = pts([0, 0], [4, 0], [4, 3]);
    const ref = pythonOracle("result = [cv2.contourArea(c, True), cv2.contourArea(c[::-1].copy(), True)]", { c: asArray(c) }) as number[];
    expect(contourArea(c, { oriented: true })).toBe(ref[0]);
    expect(contourArea([...c].reverse(), { oriented: true })).toBe(ref[1]);
  });
  it("matches cv.contourArea on random polygons (Python build)", () => {
    const polys = fc.sample(arbPolygon, { numRuns: 20, seed: 3 });
    for (const c of polys) {
      const ref = pythonOracle("result = cv2.contourArea(c)", { c: asArray(c) }) as number;
      expect(contourArea(c)).toBeCloseTo(ref, 6);
    }
  });
  it("is invariant under translation and reversal of the point order", () => {
    fc.assert(
      fc.property(arbPolygon, fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }), (c, dx, dy) => {
        const a = contourArea(c);
        expect(contourArea(c.map((p) => ({ x: p.x + dx, y: p.y + dy })))).toBeCloseTo(a, 6);
        expect(contourArea([...c].reverse())).toBeCloseTo(a, 6);
      }),
    );
  });
  it("returns 0 for fewer than 3 points and rejects non-points", () => {
    expect(contourArea(pts([0, 0], [5, 5]))).toBe(0);
    expect(() => contourArea([{ x: 1 } as never])).toThrow(/contour/);
  });
});
