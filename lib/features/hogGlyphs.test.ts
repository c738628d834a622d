import { createImage } from "../core";
import { hogGlyphs } from "./hogGlyphs";

describe("hogGlyphs", () => {
  it("draws a vertical stroke for a vertical edge", () => {
    const img = createImage(16, 8, 1, 0);
    for (let y = 0; y < 8; y++) for (let x = 8; x < 16; x++) img.data[y * 16 + x] = 1;
    const g = hogGlyphs(img, { cellSize: 8 });
    expect([g.width, g.height]).toEqual([16, 8]);
    // The edge is vertical → glyph lines in the cell holding the edge are near-vertical through the centre.
    expect(g.data[0 * 16 + 12]).toBeGreaterThan(0.3);
    expect(g.data[4 * 16 + 8]).toBe(0);
  });
  it("is blank for a flat image", () => {
    expect(Math.max(...hogGlyphs(createImage(16, 16, 1, 0.5)).data)).toBe(0);
  });
});
