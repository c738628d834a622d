import { createImage, ArgumentRangeError } from "../core";
import { houghLinesAccumulator } from "./houghLinesAccumulator";

describe("houghLinesAccumulator", () => {
  it("gives numRho = 2·(w+h)+1 columns and 180 rows for the default 1 px / 1° resolution", () => {
    const { votes, rhos, thetas } = houghLinesAccumulator(createImage(10, 6));
    expect(votes.width).toBe(33);
    expect(votes.height).toBe(180);
    expect(rhos[0]).toBe(-16);
    expect(rhos[32]).toBe(16);
    expect(thetas[90]).toBeCloseTo(Math.PI / 2, 6);
  });
  it("lets one pixel at (x=3, y=4) vote once per angle at ρ = round(3cosθ + 4sinθ)", () => {
    const img = createImage(8, 8);
    img.data[4 * 8 + 3] = 1;
    const { votes, rhos, thetas } = houghLinesAccumulator(img);
    const sum = votes.data.reduce((s, v) => s + v, 0);
    expect(sum).toBe(180);
    for (const n of [0, 45, 90, 135]) {
      const row = Array.from(votes.data.slice(n * votes.width, (n + 1) * votes.width));
      const r = row.indexOf(1);
      expect(rhos[r]).toBe(Math.round(3 * Math.cos(thetas[n]!) + 4 * Math.sin(thetas[n]!)));
    }
  });
  it("collects all votes of a horizontal line y = 5 in the θ = 90°, ρ = 5 cell", () => {
    const img = createImage(20, 12);
    for (let x = 0; x < 20; x++) img.data[5 * 20 + x] = 1;
    const { votes, rhos } = houghLinesAccumulator(img);
    const r5 = Array.from(rhos).indexOf(5);
    expect(votes.data[90 * votes.width + r5]).toBe(20);
    expect(Math.max(...votes.data)).toBe(20);
  });
  it("rejects a zero resolution", () => {
    expect(() => houghLinesAccumulator(createImage(3, 3), { rhoRes: 0 })).toThrow(ArgumentRangeError);
    expect(() => houghLinesAccumulator(createImage(3, 3), { thetaRes: 0 })).toThrow(/options.thetaRes/);
  });
});
