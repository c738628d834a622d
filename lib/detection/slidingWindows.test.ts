import { slidingWindows } from "./slidingWindows";

describe("slidingWindows", () => {
  it("tiles without partial windows (hand-checked)", () => {
    expect(slidingWindows(5, 3, { window: [2, 2], stride: 2 })).toEqual([
      { x: 0, y: 0, width: 2, height: 2 },
      { x: 2, y: 0, width: 2, height: 2 },
    ]);
  });
  it("counts ⌊(W − w)/s⌋ + 1 per axis", () => {
    expect(slidingWindows(100, 80, { window: 32, stride: 8 }).length).toBe((Math.floor(68 / 8) + 1) * (Math.floor(48 / 8) + 1));
  });
  it("gives none when the image is smaller than the window", () => {
    expect(slidingWindows(10, 10, { window: 11 })).toEqual([]);
  });
  it("rejects bad strides", () => {
    expect(() => slidingWindows(10, 10, { stride: 0 })).toThrow(/options.stride/);
  });
});
