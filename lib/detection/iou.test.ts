import fc from "fast-check";
import { iou } from "./iou";

const box = fc.record({ x: fc.integer({ min: -20, max: 20 }), y: fc.integer({ min: -20, max: 20 }), width: fc.integer({ min: 1, max: 20 }), height: fc.integer({ min: 1, max: 20 }) });

describe("iou", () => {
  it("is 1/3 for two 2×2 boxes overlapping by half (hand-checked)", () => {
    expect(iou({ x: 0, y: 0, width: 2, height: 2 }, { x: 1, y: 0, width: 2, height: 2 })).toBeCloseTo(1 / 3, 12);
  });
  it("is 0 for touching boxes and 1 for identical ones", () => {
    expect(iou({ x: 0, y: 0, width: 2, height: 2 }, { x: 2, y: 0, width: 2, height: 2 })).toBe(0);
    expect(iou({ x: 3, y: 4, width: 5, height: 6 }, { x: 3, y: 4, width: 5, height: 6 })).toBe(1);
  });
  it("is symmetric, in [0, 1] and translation invariant (property)", () => {
    fc.assert(
      fc.property(box, box, fc.integer({ min: -50, max: 50 }), (a, b, d) => {
        const v = iou(a, b);
        expect(v).toBe(iou(b, a));
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
        expect(iou({ ...a, x: a.x + d }, { ...b, x: b.x + d })).toBeCloseTo(v, 12);
      }),
    );
  });
  it("rejects malformed boxes", () => {
    expect(() => iou({ x: 0, y: 0, width: -1, height: 1 }, { x: 0, y: 0, width: 1, height: 1 })).toThrow(/^a:/);
  });
});
