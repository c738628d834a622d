import fc from "fast-check";
import { cdf } from "./cdf";

describe("cdf", () => {
  it("accumulates counts", () => {
    expect(Array.from(cdf([1, 0, 2, 3]))).toEqual([1, 1, 3, 6]);
  });
  it("normalises to end at 1, and leaves an empty histogram at 0", () => {
    expect(Array.from(cdf([1, 1, 2], { normalize: true }))).toEqual([0.25, 0.5, 1]);
    expect(Array.from(cdf([0, 0], { normalize: true }))).toEqual([0, 0]);
  });
  it("is non-decreasing and its differences give back the histogram (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 300 }), (hist) => {
        const c = cdf(hist);
        for (let i = 0; i < hist.length; i++) expect(c[i]! - (i > 0 ? c[i - 1]! : 0)).toBe(hist[i]);
      }),
    );
  });
  it("rejects non-arrays and non-finite counts", () => {
    expect(() => cdf(3 as never)).toThrow(/hist/);
    expect(() => cdf([1, NaN])).toThrow(/hist\[1\]/);
  });
});
