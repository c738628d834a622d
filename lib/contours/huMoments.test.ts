import fc from "fast-check";
import { pythonOracle } from "../testing/pythonOracle";
import { huMoments } from "./huMoments";
import { moments } from "./moments";
import type { Point } from "./point";

const shape: Point[] = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 3 }, { x: 4, y: 3 }, { x: 4, y: 9 }, { x: 0, y: 9 }]; // an L

describe("huMoments", () => {
  it("gives h1 = nu20 + nu02 (= 1/6 for a unit square)", () => {
    const hu = huMoments(moments([{ x: 0, y: 0 }, { x: 0, y: 1 }, { x: 1, y: 1 }, { x: 1, y: 0 }]));
    expect(hu[0]).toBeCloseTo(1 / 6, 12);
    expect(hu[1]).toBeCloseTo(0, 12);
  });
  it("matches cv.HuMoments (Python build)", () => {
    const ref = pythonOracle("result = cv2.HuMoments(cv2.moments(c.astype(np.int32))).ravel()", { c: { shape: [6, 1, 2], data: shape.flatMap((p) => [p.x, p.y]) } }) as { data: Float64Array };
    huMoments(moments(shape)).forEach((h, i) => expect(Math.abs(h - ref.data[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1e-3, Math.abs(ref.data[i]!))));
  });
  it("is invariant to rotation, scale and translation; h7 flips sign under reflection", () => {
    const base = huMoments(moments(shape));
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), fc.double({ min: 0.5, max: 4, noNaN: true }), fc.integer({ min: -50, max: 50 }), (a, s, t) => {
        const c = Math.cos(a), si = Math.sin(a);
        const moved = shape.map((p) => ({ x: s * (c * p.x - si * p.y) + t, y: s * (si * p.x + c * p.y) - t }));
        const hu = huMoments(moments(moved));
        hu.forEach((h, i) => expect(Math.abs(h - base[i]!)).toBeLessThanOrEqual(1e-9 + 1e-6 * Math.abs(base[i]!)));
      }),
      { numRuns: 50 },
    );
    const mirrored = huMoments(moments(shape.map((p) => ({ x: -p.x, y: p.y }))));
    expect(mirrored[6]).toBeCloseTo(-base[6]!, 12);
  });
  it("rejects something that is not moments", () => {
    expect(() => huMoments({} as never)).toThrow(/\bm\b/);
  });
});
