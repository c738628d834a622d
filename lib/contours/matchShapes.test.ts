import { createImage } from "../core";
import { pythonOracle } from "../testing/pythonOracle";
import { matchShapes } from "./matchShapes";
import type { Point } from "./point";

const L: Point[] = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 3 }, { x: 4, y: 3 }, { x: 4, y: 9 }, { x: 0, y: 9 }];
const T: Point[] = [{ x: 0, y: 0 }, { x: 12, y: 0 }, { x: 12, y: 3 }, { x: 8, y: 3 }, { x: 8, y: 12 }, { x: 4, y: 12 }, { x: 4, y: 3 }, { x: 0, y: 3 }];
const asArray = (c: Point[]) => ({ shape: [c.length, 1, 2], data: c.flatMap((p) => [p.x, p.y]) });

describe("matchShapes", () => {
  it("is 0 for a shape and its rotated, scaled copy", () => {
    const turned = L.map((p) => ({ x: -2 * p.y + 40, y: 2 * p.x + 5 }));
    for (const m of [1, 2, 3] as const) expect(matchShapes(L, turned, m)).toBeCloseTo(0, 9);
  });
  it("matches cv.matchShapes for methods 1, 2, 3 (Python build)", () => {
    const ref = pythonOracle("result = [cv2.matchShapes(a.astype(np.int32), b.astype(np.int32), m, 0) for m in (1, 2, 3)]", { a: asArray(L), b: asArray(T) }) as number[];
    [1, 2, 3].forEach((m, i) => expect(matchShapes(L, T, m as 1 | 2 | 3)).toBeCloseTo(ref[i]!, 9));
    expect(matchShapes(L, T, 1)).toBeGreaterThan(0.01);
  });
  it("accepts grey images and gives MAX_VALUE against an empty image", () => {
    const img = createImage(8, 8);
    for (let y = 2; y < 6; y++) for (let x = 1; x < 7; x++) img.data[y * 8 + x] = 1;
    expect(matchShapes(img, img)).toBe(0);
    expect(matchShapes(img, createImage(8, 8))).toBe(Number.MAX_VALUE);
  });
  it("rejects an unknown method", () => {
    expect(() => matchShapes(L, T, 4 as never)).toThrow(/method/);
  });
});
