import { pythonOracle } from "../testing/pythonOracle";
import { arcLength } from "./arcLength";
import type { Point } from "./point";

const pts = (...xy: [number, number][]): Point[] => xy.map(([x, y]) => ({ x, y }));

describe("arcLength", () => {
  it("gives 12 for the closed 3-4-5 triangle and 7 when open", () => {
    const t = pts([0, 0], [4, 0], [4, 3]);
    expect(arcLength(t)).toBe(12);
    expect(arcLength(t, { closed: false })).toBe(7);
  });
  it("matches cv.arcLength (Python build)", () => {
    const c = pts([0, 0], [3, 1], [5, 7], [2, 9], [-1, 4]);
    const ref = pythonOracle("result = [cv2.arcLength(c, True), cv2.arcLength(c, False)]", { c: { shape: [5, 1, 2], data: c.flatMap((p) => [p.x, p.y]) } }) as number[];
    expect(arcLength(c)).toBeCloseTo(ref[0]!, 4);
    expect(arcLength(c, { closed: false })).toBeCloseTo(ref[1]!, 4);
  });
  it("is 0 for a single point", () => {
    expect(arcLength(pts([2, 2]))).toBe(0);
  });
});
