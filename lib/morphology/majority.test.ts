import { fromRows } from "../core";
import { majority } from ".";

describe("majority", () => {
  it("sets a pixel when 5 or more of its 3×3 neighbourhood are 1, outside pixels counting as 0 (hand-checked)", () => {
    const img = fromRows([
      [1, 1, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 0],
    ]);
    const out = majority(img);
    // (0,0) window: 3 ones of 9 → 0 (corner windows are mostly outside); (1,1): 1,1,0,1,0,0,0,0,1 = 4 → 0
    expect(Array.from(out.data)).toEqual(new Array(16).fill(0));
    const blob = fromRows([
      [1, 1, 1, 0],
      [1, 0, 1, 0],
      [1, 1, 1, 0],
      [0, 0, 0, 0],
    ]);
    expect(Array.from(majority(blob).data)).toEqual([0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
  });
  it("removes isolated pixels and respects the threshold and size options", () => {
    const data = new Float32Array(49);
    data[24] = 1;
    expect(Math.max(...majority({ width: 7, height: 7, channels: 1, data }).data)).toBe(0);
    const full = { width: 5, height: 5, channels: 1, data: new Float32Array(25).fill(0.6) };
    expect(Math.min(...majority(full, { size: 3 }).data.subarray(6, 9))).toBe(1);
    expect(Math.max(...majority(full, { threshold: 0.7 }).data)).toBe(0);
  });
  it("rejects RGB input and an even size", () => {
    expect(() => majority({ width: 1, height: 1, channels: 3, data: new Float32Array(3) })).toThrow(/^image:/);
    expect(() => majority(fromRows([[1]]), { size: 2 })).toThrow(/options\.size/);
  });
});
