import fc from "fast-check";
import { createImage, randomImage, fromRows } from "../core";
import { pythonOracle } from "../testing/pythonOracle";
import { moments, type Moments } from "./moments";
import type { Point } from "./point";

const KEYS = ["m00", "m10", "m01", "m20", "m11", "m02", "m30", "m21", "m12", "m03", "mu20", "mu11", "mu02", "mu30", "mu21", "mu12", "mu03", "nu20", "nu11", "nu02", "nu30", "nu21", "nu12", "nu03"] as const;
const ORACLE = `m = cv2.moments(x${"${BIN}"})\nresult = [m[k] for k in ${JSON.stringify(KEYS)}]`;
function expectMoments(m: Moments, ref: number[], rel = 1e-6): void {
  KEYS.forEach((k, i) => expect(Math.abs(m[k] - ref[i]!)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(ref[i]!))));
}
const asArray = (c: Point[]) => ({ shape: [c.length, 1, 2], data: c.flatMap((p) => [p.x, p.y]) });

describe("moments", () => {
  it("gives area, centroid and second moments of a 4×2 rectangle contour (hand-checked)", () => {
    const m = moments([{ x: 0, y: 0 }, { x: 0, y: 2 }, { x: 4, y: 2 }, { x: 4, y: 0 }]);
    expect(m.m00).toBe(8);
    expect(m.m10 / m.m00).toBe(2);
    expect(m.m01 / m.m00).toBe(1);
    expect(m.mu20).toBeCloseTo((8 * 16) / 12, 10); // area · w²/12
    expect(m.mu02).toBeCloseTo((8 * 4) / 12, 10);
    expect(m.mu11).toBeCloseTo(0, 10);
  });
  it("sums pixel values for images: m00 = Σ I, m10 = Σ x·I", () => {
    const m = moments(fromRows([[0, 1], [2, 0]]));
    expect(m.m00).toBe(3);
    expect(m.m10).toBe(1);
    expect(m.m01).toBe(2);
  });
  it("matches cv.moments on contours (Python build)", () => {
    const c = [{ x: 1, y: 1 }, { x: 7, y: 2 }, { x: 9, y: 8 }, { x: 4, y: 11 }, { x: 0, y: 6 }];
    const ref = pythonOracle(ORACLE.replace("${BIN}", "").replace("cv2.moments(x)", "cv2.moments(c.astype(np.int32))"), { c: asArray(c) }) as number[];
    expectMoments(moments(c), ref);
  });
  it("matches cv.moments on a float image and with binaryImage (Python build)", () => {
    const img = randomImage(23, 17, 1, 4);
    const ref = pythonOracle(ORACLE.replace("${BIN}", "").replace("(x)", "(img)"), { img }) as number[];
    expectMoments(moments(img), ref, 1e-4);
    const bin = createImage(10, 8);
    for (let i = 0; i < 80; i++) bin.data[i] = i % 3 === 0 ? 0.5 : 0;
    const refB = pythonOracle(ORACLE.replace("${BIN}", "").replace("(x)", "(img, True)"), { img: bin }) as number[];
    expectMoments(moments(bin, { binaryImage: true }), refB, 1e-6);
  });
  it("has translation-invariant central moments and scale-invariant normalised ones", () => {
    const arb = fc.array(fc.record({ x: fc.integer({ min: 0, max: 40 }), y: fc.integer({ min: 0, max: 40 }) }), { minLength: 3, maxLength: 10 });
    fc.assert(
      fc.property(arb, fc.integer({ min: -20, max: 20 }), fc.integer({ min: 2, max: 4 }), (c, t, s) => {
        const m = moments(c);
        if (m.m00 < 1) return;
        const mt = moments(c.map((p) => ({ x: p.x + t, y: p.y - t })));
        const ms = moments(c.map((p) => ({ x: p.x * s, y: p.y * s })));
        for (const k of ["mu20", "mu11", "mu02", "mu30"] as const) expect(mt[k]).toBeCloseTo(m[k], 4);
        for (const k of ["nu20", "nu11", "nu02", "nu21"] as const) expect(ms[k]).toBeCloseTo(m[k], 8);
      }),
      { numRuns: 50 },
    );
  });
  it("returns all zeros for a degenerate contour and rejects colour images", () => {
    expect(moments([{ x: 0, y: 0 }, { x: 1, y: 1 }]).m00).toBe(0);
    expect(() => moments(createImage(2, 2, 3))).toThrow(/shape/);
  });
});
