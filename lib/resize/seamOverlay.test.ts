import { fromRows } from "../core";
import { seamOverlay } from "./seamOverlay";

describe("seamOverlay", () => {
  it("paints seam pixels on an RGB copy", () => {
    const out = seamOverlay(fromRows([[0.2, 0.4], [0.6, 0.8]]), [[1, 0]], { color: [0, 1, 0] });
    expect(out.channels).toBe(3);
    expect(Array.from(out.data)).toEqual([0.2, 0.2, 0.2, 0, 1, 0, 0, 1, 0, 0.8, 0.8, 0.8].map((v) => Math.fround(v)));
  });
  it("validates seams", () => {
    expect(() => seamOverlay(fromRows([[0, 0]]), [[2]])).toThrow(/seams\[0\]/);
  });
});
