import { fromRows, createImage, ArgumentTypeError } from "../core";
import { nonMaxSuppression } from "./nonMaxSuppression";

const full = (w: number, h: number, v: number) => createImage(w, h, 1, v);

describe("nonMaxSuppression", () => {
  it("keeps only the ridge column of a horizontal-gradient profile (angle 0°)", () => {
    const mag = fromRows([[1, 3, 5, 3, 1], [1, 3, 5, 3, 1]]);
    const out = nonMaxSuppression(mag, full(5, 2, 0));
    expect(out).toBeCloseToImage(fromRows([[0, 0, 5, 0, 0], [0, 0, 5, 0, 0]]), 0);
  });
  it("compares vertical neighbours for 90° and 270° (angle taken mod 180)", () => {
    const mag = fromRows([[1, 1], [4, 4], [2, 2]]);
    expect(nonMaxSuppression(mag, full(2, 3, 90))).toBeCloseToImage(fromRows([[0, 0], [4, 4], [0, 0]]), 0);
    expect(nonMaxSuppression(mag, full(2, 3, 270))).toBeCloseToImage(fromRows([[0, 0], [4, 4], [0, 0]]), 0);
    // with angle 0 the rows are compared left/right: every pixel ties with its neighbour → only those beating the left one survive
    expect(nonMaxSuppression(mag, full(2, 3, 0))).toBeCloseToImage(fromRows([[1, 0], [4, 0], [2, 0]]), 0);
  });
  it("uses the down-right diagonal at 45° and the down-left one at 135° (y grows down)", () => {
    const mag = fromRows([[9, 0, 0], [0, 5, 0], [0, 0, 1]]);
    expect(nonMaxSuppression(mag, full(3, 3, 45)).data[4]).toBe(0); // 5 < 9 on the 45° line
    expect(nonMaxSuppression(mag, full(3, 3, 135)).data[4]).toBe(5); // neighbours on the 135° line are 0
  });
  it("keeps one pixel of a two-pixel plateau (> behind, ≥ ahead)", () => {
    const out = nonMaxSuppression(fromRows([[0, 2, 2, 0]]), full(4, 1, 0));
    expect(Array.from(out.data)).toEqual([0, 2, 0, 0]);
  });
  it("rejects an angle image of another size", () => {
    expect(() => nonMaxSuppression(full(3, 3, 1), full(2, 3, 0))).toThrow(ArgumentTypeError);
    expect(() => nonMaxSuppression(full(3, 3, 1), full(2, 3, 0))).toThrow(/angle/);
  });
});
