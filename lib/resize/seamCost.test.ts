import { fromRows } from "../core";
import { seamCost } from "./seamCost";

describe("seamCost", () => {
  const e = fromRows([[1, 2], [3, 4], [5, 6]]);
  it("sums the energy along the seam", () => {
    expect(seamCost(e, [0, 1, 1])).toBe(1 + 4 + 6);
  });
  it("rejects disconnected or out-of-range seams", () => {
    expect(() => seamCost(fromRows([[1, 2, 3], [1, 2, 3]]), [0, 2])).toThrow(/seam\[1\]/);
    expect(() => seamCost(e, [0, 0, 2])).toThrow(/seam\[2\]/);
    expect(() => seamCost(e, [0, 0])).toThrow(/seam/);
  });
});
