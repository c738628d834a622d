import { fromRows, randomImage } from "../core";
import { seamOverlay } from "./seamOverlay";
import { verticalSeams } from "./verticalSeams";

describe("seamOverlay", () => {
  it("paints seam pixels on an RGB copy", () => {
    const out = seamOverlay(fromRows([[0.2, 0.4], [0.6, 0.8]]), [[1, 0]], { color: [0, 1, 0] });
    expect(out.channels).toBe(3);
    expect(Array.from(out.data)).toEqual([0.2, 0.2, 0.2, 0, 1, 0, 0, 1, 0, 0.8, 0.8, 0.8].map((v) => Math.fround(v)));
  });
  it("draws the seams of verticalSeams, which may step over earlier seams in original columns", () => {
    const img = randomImage(40, 30, 3, 7);
    const seams = verticalSeams(img, 12);
    const out = seamOverlay(img, seams);
    let red = 0;
    for (let i = 0; i < 40 * 30; i++) if (out.data[3 * i] === 1 && out.data[3 * i + 1] === 0 && out.data[3 * i + 2] === 0) red++;
    expect(red).toBe(12 * 30); // seams never share a pixel
  });
  it("validates seams", () => {
    expect(() => seamOverlay(fromRows([[0, 0]]), [[2]])).toThrow(/seams\[0\]/);
  });
});
