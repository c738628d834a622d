import { createImage, randomImage } from "../core";
import { hog } from "./hog";

describe("hog", () => {
  it("has 3780 values for a 64×128 window with the defaults", () => {
    expect(hog(randomImage(64, 128, 1, 1))).toHaveLength(3780);
  });
  it("votes a vertical edge (gradient along x, 0°) half into the first and half into the last bin", () => {
    const img = createImage(16, 16, 1, 0);
    for (let y = 0; y < 16; y++) for (let x = 8; x < 16; x++) img.data[y * 16 + x] = 1;
    const f = hog(img, { cellSize: 8, blockSize: 1, bins: 9 });
    // Cell (1, 0) holds the x=8 column (gradient from x=7..9) → bins 0 and 8 equal, others 0.
    const cell = Array.from(f.subarray(9, 18));
    expect(cell[0]).toBeCloseTo(cell[8]!, 6);
    expect(cell[0]).toBeGreaterThan(0.5);
    cell.slice(1, 8).forEach((v) => expect(v).toBe(0));
  });
  it("puts a horizontal edge (gradient along y, 90°) into the middle bin", () => {
    const img = createImage(8, 16, 1, 0);
    for (let y = 8; y < 16; y++) for (let x = 0; x < 8; x++) img.data[y * 8 + x] = 1;
    const f = hog(img, { cellSize: 8, blockSize: 1 });
    expect(f[9 + 4]).toBeCloseTo(1, 5);
  });
  it("is invariant to contrast scaling (block normalisation)", () => {
    const img = randomImage(32, 32, 1, 2);
    const dim = { ...img, data: img.data.map((v) => 0.5 * v) };
    const a = hog(img);
    const b = hog(dim);
    for (let i = 0; i < a.length; i++) expect(b[i]).toBeCloseTo(a[i]!, 4);
  });
  it("rejects images smaller than one block", () => {
    expect(() => hog(randomImage(10, 10, 1, 1))).toThrow(/image/);
  });
});
