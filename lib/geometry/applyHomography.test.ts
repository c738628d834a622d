import { opencv, withMats } from "../cvbridge";
import { applyHomography } from "./applyHomography";

describe("applyHomography", () => {
  it("divides by w (hand-checked)", () => {
    const H = [2, 0, 1, 0, 2, 0, 0, 0, 2];
    expect(applyHomography(H, [{ x: 1, y: 3 }])).toEqual([{ x: 1.5, y: 3 }]);
  });
  it("accepts a 2×3 affine", () => {
    expect(applyHomography([1, 0, 5, 0, 1, -1], [{ x: 0, y: 0 }])).toEqual([{ x: 5, y: -1 }]);
  });
  it("matches cv.perspectiveTransform", () => {
    const cv = opencv();
    const H = [0.9, 0.1, 3, -0.2, 1.1, 4, 0.001, 0.002, 1];
    const pts = [{ x: 1, y: 2 }, { x: 30, y: -5 }, { x: 100, y: 80 }];
    const ref = withMats((t) => {
      const src = t(cv.matFromArray(3, 1, cv.CV_64FC2, pts.flatMap((p) => [p.x, p.y])));
      const m = t(cv.matFromArray(3, 3, cv.CV_64F, H));
      const dst = t(new cv.Mat());
      cv.perspectiveTransform(src, dst, m);
      return Array.from(dst.data64F as Float64Array);
    });
    applyHomography(H, pts).forEach((p, i) => {
      expect(p.x).toBeCloseTo(ref[2 * i]!, 9);
      expect(p.y).toBeCloseTo(ref[2 * i + 1]!, 9);
    });
  });
  it("rejects malformed points", () => {
    expect(() => applyHomography([1, 0, 0, 0, 1, 0, 0, 0, 1], [{ x: 1 } as never])).toThrow(/points\[0\]/);
  });
});
