import { opencv } from "../cvbridge";
import { structuringElement, type SeShape } from ".";

describe("structuringElement", () => {
  it.each([["rect", 0], ["ellipse", 2], ["cross", 1]] as const)("equals cv.getStructuringElement for %s at many sizes", (shape: SeShape, code) => {
    const cv = opencv();
    for (const [w, h] of [[1, 1], [3, 3], [5, 5], [7, 7], [9, 5], [4, 6], [11, 11], [15, 9], [2, 2]]) {
      const m = cv.getStructuringElement(code, new cv.Size(w, h));
      const ours = structuringElement(shape, { width: w, height: h });
      expect(Array.from(ours.data)).toEqual(Array.from(m.data));
      m.delete();
    }
  });
  it("builds a 5×5 ellipse (disk) by hand", () => {
    const se = structuringElement("ellipse", 5);
    expect(Array.from(se.data)).toEqual([0, 0, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0]);
  });
  it("rejects an unknown shape and a zero size", () => {
    expect(() => structuringElement("disk" as SeShape, 3)).toThrow(/^shape:/);
    expect(() => structuringElement("rect", 0)).toThrow(/^size:/);
  });
});
