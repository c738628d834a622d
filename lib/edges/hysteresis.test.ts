import { fromRows, ArgumentRangeError } from "../core";
import { hysteresis } from "./hysteresis";

describe("hysteresis", () => {
  it("keeps weak pixels 8-connected to a strong one and drops isolated weak ones", () => {
    const img = fromRows([
      [0.9, 0.5, 0, 0, 0.5],
      [0, 0, 0.5, 0, 0],
      [0, 0, 0, 0.05, 0.5],
    ]);
    expect(hysteresis(img, { low: 0.1, high: 0.8 })).toBeCloseToImage(
      fromRows([
        [1, 1, 0, 0, 0],
        [0, 0, 1, 0, 0],
        [0, 0, 0, 0, 0],
      ]),
      0,
    );
  });
  it("uses strict thresholds (a value equal to high is not strong)", () => {
    expect(Array.from(hysteresis(fromRows([[0.5, 0.5]]), { low: 0.25, high: 0.5 }).data)).toEqual([0, 0]);
  });
  it("is idempotent on its own output with thresholds below 1", () => {
    const once = hysteresis(fromRows([[0.9, 0.5, 0.2], [0, 0, 0.3]]), { low: 0.1, high: 0.8 });
    expect(hysteresis(once, { low: 0.1, high: 0.8 })).toBeCloseToImage(once, 0);
  });
  it("rejects high < low", () => {
    expect(() => hysteresis(fromRows([[0]]), { low: 0.5, high: 0.2 })).toThrow(ArgumentRangeError);
  });
});
