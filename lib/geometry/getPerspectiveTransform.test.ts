import { opencv, withMats } from "../cvbridge";
import { ArgumentRangeError } from "../core/errors";
import { applyHomography } from "./applyHomography";
import { getPerspectiveTransform } from "./getPerspectiveTransform";

const src = [{ x: 10, y: 12 }, { x: 90, y: 5 }, { x: 95, y: 80 }, { x: 3, y: 70 }];
const dst = [{ x: 0, y: 0 }, { x: 99, y: 0 }, { x: 99, y: 99 }, { x: 0, y: 99 }];

describe("getPerspectiveTransform", () => {
  it("maps the four points exactly", () => {
    const H = getPerspectiveTransform(src, dst);
    applyHomography(H, src).forEach((p, i) => {
      expect(p.x).toBeCloseTo(dst[i]!.x, 8);
      expect(p.y).toBeCloseTo(dst[i]!.y, 8);
    });
  });
  it("matches cv.getPerspectiveTransform", () => {
    const cv = opencv();
    const ref = withMats((t) => {
      const a = t(cv.matFromArray(4, 1, cv.CV_32FC2, src.flatMap((p) => [p.x, p.y])));
      const b = t(cv.matFromArray(4, 1, cv.CV_32FC2, dst.flatMap((p) => [p.x, p.y])));
      return Array.from(t(cv.getPerspectiveTransform(a, b)).data64F as Float64Array);
    });
    getPerspectiveTransform(src, dst).forEach((v, i) => expect(v).toBeCloseTo(ref[i]!, 8));
  });
  it("gives the identity for identical quads", () => {
    getPerspectiveTransform(src, src).forEach((v, i) => expect(v).toBeCloseTo([1, 0, 0, 0, 1, 0, 0, 0, 1][i]!, 10));
  });
  it("rejects wrong counts and degenerate quads", () => {
    expect(() => getPerspectiveTransform(src.slice(0, 3), dst)).toThrow(/src/);
    expect(() => getPerspectiveTransform([{ x: 0, y: 0 }, { x: 1, y: 1 }, { x: 2, y: 2 }, { x: 3, y: 3 }], dst)).toThrow(ArgumentRangeError);
  });
});
