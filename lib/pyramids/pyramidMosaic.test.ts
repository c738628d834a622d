import { fromRows, randomImage } from "../core";
import { gaussianPyramid } from "./gaussianPyramid";
import { pyramidMosaic } from "./pyramidMosaic";

describe("pyramidMosaic", () => {
  it("places level 0 left and the rest stacked on the right", () => {
    const g = gaussianPyramid(randomImage(16, 12, 1, 1), 3);
    const m = pyramidMosaic(g);
    expect([m.width, m.height]).toEqual([16 + 8, 12]);
    expect(m.data[16]).toBe(g[1]!.data[0]);
    expect(m.data[6 * 24 + 16]).toBe(g[2]!.data[0]);
  });
  it("normalises each level to [0, 1] on request", () => {
    const m = pyramidMosaic([fromRows([[-1, 1]])], { normalize: true });
    expect(Array.from(m.data)).toEqual([0, 1]);
  });
  it("rejects mixed channel counts", () => {
    expect(() => pyramidMosaic([randomImage(4, 4, 1, 1), randomImage(2, 2, 3, 1)])).toThrow(/levels\[1\]/);
  });
});
