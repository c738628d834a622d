import { createImage, randomImage } from "../core";
import { filterFrequency } from "./filterFrequency";
import { lowPassMask, highPassMask } from "./masks";

describe("filterFrequency", () => {
  it("passes an image unchanged through an all-ones mask", () => {
    const img = randomImage(10, 7, 1, 1);
    expect(filterFrequency(img, createImage(10, 7, 1, 1))).toBeCloseToImage(img, 1e-6);
  });
  it("keeps only the mean with a radius-0 low-pass, and removes it with the matching high-pass", () => {
    const img = randomImage(8, 8, 1, 2);
    const mean = img.data.reduce((s, v) => s + v, 0) / 64;
    expect(filterFrequency(img, lowPassMask(8, 8, 0))).toBeCloseToImage(createImage(8, 8, 1, mean), 1e-6);
    const hp = filterFrequency(img, highPassMask(8, 8, 0));
    expect(hp.data.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 4);
  });
  it("sums back to the input: low-pass + high-pass = identity (linearity)", () => {
    const img = randomImage(9, 6, 1, 3);
    const lo = filterFrequency(img, lowPassMask(9, 6, 2)), hi = filterFrequency(img, highPassMask(9, 6, 2));
    expect({ ...img, data: lo.data.map((v, i) => v + hi.data[i]!) }).toBeCloseToImage(img, 1e-5);
  });
  it("removes a pure cosine above the cut-off", () => {
    const img = createImage(16, 16);
    for (let y = 0; y < 16; y++) for (let x = 0; x < 16; x++) img.data[y * 16 + x] = 0.5 + 0.25 * Math.cos((2 * Math.PI * 6 * x) / 16);
    expect(filterFrequency(img, lowPassMask(16, 16, 3))).toBeCloseToImage(createImage(16, 16, 1, 0.5), 1e-5);
  });
  it("rejects a mask of another size", () => {
    expect(() => filterFrequency(createImage(4, 4), createImage(3, 4))).toThrow(/mask/);
  });
});
