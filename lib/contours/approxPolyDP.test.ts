import { createImage, seededRandom } from "../core";
import { opencv, withMats } from "../cvbridge";
import { pythonOracle, type OracleArray } from "../testing/pythonOracle";
import { approxPolyDP } from "./approxPolyDP";
import { findContours } from "./findContours";
import type { Point } from "./point";

const asArray = (c: Point[]) => ({ shape: [c.length, 1, 2], data: c.flatMap((p) => [p.x, p.y]) });
function toPoints(a: OracleArray): Point[] {
  const out: Point[] = [];
  for (let k = 0; k < a.data.length / 2; k++) out.push({ x: a.data[2 * k]!, y: a.data[2 * k + 1]! });
  return out;
}
/** Contours of random blobs: realistic pixel borders to simplify. */
function blobContours(seed: number): Point[][] {
  const rng = seededRandom(seed);
  const img = createImage(60, 50);
  for (let k = 0; k < 6; k++) {
    const cx = rng.int(60), cy = rng.int(50), r = 4 + rng.int(12), s = 0.5 + rng.next();
    for (let y = 0; y < 50; y++) for (let x = 0; x < 60; x++) if (((x - cx) / r) ** 2 + (((y - cy) / r) * s) ** 2 <= 1) img.data[y * 60 + x] = 1;
  }
  return findContours(img, { mode: "list" }).contours.filter((c) => c.length > 2);
}

describe("approxPolyDP", () => {
  it("reduces a traced square border to its 4 corners (hand-checked)", () => {
    const square = [[1, 1], [1, 2], [1, 3], [2, 3], [3, 3], [3, 2], [3, 1], [2, 1]].map(([x, y]) => ({ x: x!, y: y! }));
    const corners = approxPolyDP(square, { epsilon: 0.5 }).map((p) => `${p.x},${p.y}`).sort();
    expect(corners).toEqual(["1,1", "1,3", "3,1", "3,3"]);
  });
  it("keeps the end points of an open straight run only", () => {
    const line = [0, 1, 2, 3, 4, 5].map((x) => ({ x, y: 0 }));
    expect(approxPolyDP(line, { epsilon: 1, closed: false })).toEqual([{ x: 0, y: 0 }, { x: 5, y: 0 }]);
  });
  for (const [eps, closed] of [[1, true], [3, true]] as const) {
    it(`returns exactly cv.approxPolyDP's vertices (Python build), epsilon ${eps}, closed ${closed}`, () => {
      for (const seed of [1, 2]) {
        for (const c of blobContours(seed)) {
          const ref = toPoints(pythonOracle(`result = cv2.approxPolyDP(c.astype(np.int32), ${eps}, ${closed ? "True" : "False"}).reshape(-1, 2)`, { c: asArray(c) }) as OracleArray);
          expect(approxPolyDP(c, { epsilon: eps, closed })).toEqual(ref);
        }
      }
    });
  }
  it("returns exactly cv.approxPolyDP's vertices (opencv-wasm 4.3) for open and closed curves", () => {
    for (const seed of [1, 2, 3]) {
      for (const c of blobContours(seed)) {
        for (const [eps, closed] of [[1, false], [2, false], [2, true]] as const) {
          const ref = withMats((track) => {
            const cv = opencv();
            const out = track(new cv.Mat());
            cv.approxPolyDP(track(cv.matFromArray(c.length, 1, cv.CV_32SC2, c.flatMap((p) => [p.x, p.y]))), out, eps, closed);
            return Array.from({ length: out.rows }, (_, k) => ({ x: out.data32S[2 * k]!, y: out.data32S[2 * k + 1]! }));
          });
          expect(approxPolyDP(c, { epsilon: eps, closed })).toEqual(ref);
        }
      }
    }
  });

  it("keeps every point within epsilon of the polygon (Douglas–Peucker guarantee, closed)", () => {
    for (const c of blobContours(5)) {
      const poly = approxPolyDP(c, { epsilon: 2 });
      const dist = (p: Point, a: Point, b: Point) => {
        const dx = b.x - a.x, dy = b.y - a.y, l2 = dx * dx + dy * dy;
        const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2));
        return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
      };
      for (const p of c) {
        const d = Math.min(...poly.map((a, i) => dist(p, a, poly[(i + 1) % poly.length]!)));
        expect(d).toBeLessThanOrEqual(2 * Math.SQRT2 + 1e-9); // the clean-up pass may add up to √2·ε
      }
    }
  });
  it("rejects a negative epsilon", () => {
    expect(() => approxPolyDP([{ x: 0, y: 0 }], { epsilon: -1 })).toThrow(/options.epsilon/);
  });
});
