import { fromRows } from "../core";
import { cornerPeaks } from "./cornerPeaks";
import { harrisResponse } from "./harrisResponse";
import { square } from "./_fixtures";

describe("cornerPeaks", () => {
  it("finds local maxima above the threshold (hand-checked)", () => {
    const r = fromRows([
      [0, 0, 0, 0, 0],
      [0, 5, 0, 0, 0],
      [0, 0, 0, 3, 0],
      [0, 0, 0, 0, 0],
    ]);
    expect(cornerPeaks(r, { minDistance: 1, threshold: 1 }).map((k) => [k.x, k.y])).toEqual([[1, 1], [3, 2]]);
    expect(cornerPeaks(r, { minDistance: 2, threshold: 1, excludeBorder: 0 }).map((k) => [k.x, k.y])).toEqual([[1, 1]]);
  });
  it("finds the four corners of a square from the Harris response", () => {
    const kps = cornerPeaks(harrisResponse(square(), { blockSize: 3 }), { minDistance: 3, relativeThreshold: 0.1 });
    const pts = kps.map((k) => `${k.x},${k.y}`).sort();
    expect(kps).toHaveLength(4);
    // Corners of the [6, 14) square lie between pixels 5/6 and 13/14.
    for (const p of pts) {
      const [x, y] = p.split(",").map(Number) as [number, number];
      expect([5, 6, 13, 14]).toContain(x);
      expect([5, 6, 13, 14]).toContain(y);
    }
  });
  it("limits the count with maxPeaks", () => {
    expect(cornerPeaks(harrisResponse(square(), { blockSize: 3 }), { minDistance: 3, maxPeaks: 2 })).toHaveLength(2);
  });
});
