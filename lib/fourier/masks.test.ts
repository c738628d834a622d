import { lowPassMask, highPassMask } from "./masks";

describe("lowPassMask / highPassMask", () => {
  it("marks the disc of radius 1 around (⌊W/2⌋, ⌊H/2⌋) (hand-checked 5×4)", () => {
    const m = lowPassMask(5, 4, 1);
    const rows = Array.from({ length: 4 }, (_, y) => Array.from(m.data.slice(5 * y, 5 * y + 5)));
    expect(rows).toEqual([
      [0, 0, 0, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 1, 1, 1, 0],
      [0, 0, 1, 0, 0],
    ]);
  });
  it("makes high-pass the complement of low-pass", () => {
    const lo = lowPassMask(8, 6, 2.5), hi = highPassMask(8, 6, 2.5);
    lo.data.forEach((v, i) => expect(v + hi.data[i]!).toBe(1));
  });
  it("rejects a negative radius and a zero width", () => {
    expect(() => lowPassMask(4, 4, -1)).toThrow(/radius/);
    expect(() => highPassMask(0, 4, 1)).toThrow(/width/);
  });
});
