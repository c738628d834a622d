import { fromRows, randomImage } from "../core";
import { opencv, toMat, withMats } from "../cvbridge";
import { minMaxLoc } from "./minMaxLoc";

describe("minMaxLoc", () => {
  it("returns first positions of extremes (hand-checked)", () => {
    expect(minMaxLoc(fromRows([[3, 1, 5], [5, 1, 0]]))).toEqual({ min: 0, max: 5, minLoc: { x: 2, y: 1 }, maxLoc: { x: 2, y: 0 } });
  });
  it("agrees with cv.minMaxLoc", () => {
    const img = randomImage(17, 13, 1, 3);
    const ref = withMats((t) => opencv().minMaxLoc(t(toMat(img))));
    const r = minMaxLoc(img);
    expect(r.min).toBeCloseTo(ref.minVal, 6);
    expect(r.maxLoc).toEqual({ x: ref.maxLoc.x, y: ref.maxLoc.y });
    expect(r.minLoc).toEqual({ x: ref.minLoc.x, y: ref.minLoc.y });
  });
  it("rejects RGB", () => {
    expect(() => minMaxLoc(randomImage(2, 2, 3, 1))).toThrow(/image/);
  });
});
