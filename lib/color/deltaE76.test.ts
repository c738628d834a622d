import fc from "fast-check";
import { deltaE76 } from "./deltaE76";
import { rgbToLab } from "./rgbToLab";
import { randomImage } from "../core/random";
import { ArgumentTypeError } from "../core/errors";

describe("deltaE76", () => {
  it("is the Euclidean distance in Lab: a 3-4-0 step gives 5", () => {
    expect(deltaE76([50, 10, 10], [50, 13, 14])).toBeCloseTo(5, 12);
  });
  it("per pixel on images; black vs white is 100", () => {
    const lab = rgbToLab({ width: 2, height: 1, channels: 3, data: new Float32Array([0, 0, 0, 1, 1, 1]) });
    const white = rgbToLab({ width: 2, height: 1, channels: 3, data: new Float32Array([1, 1, 1, 1, 1, 1]) });
    const d = deltaE76(lab, white);
    expect(d.channels).toBe(1);
    expect(d.data[0]).toBeCloseTo(100, 3);
    expect(d.data[1]).toBeCloseTo(0, 5);
  });
  it("is a metric: symmetric, zero on itself, triangle inequality (fast-check)", () => {
    const triple = fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: -128, max: 127, noNaN: true }), fc.double({ min: -128, max: 127, noNaN: true }));
    fc.assert(
      fc.property(triple, triple, triple, (p, q, r) => {
        expect(deltaE76(p, q)).toBeCloseTo(deltaE76(q, p), 9);
        expect(deltaE76(p, p)).toBe(0);
        expect(deltaE76(p, r)).toBeLessThanOrEqual(deltaE76(p, q) + deltaE76(q, r) + 1e-9);
      }),
    );
  });
  it("rejects mismatched images and bad triples", () => {
    expect(() => deltaE76(randomImage(2, 2, 3, 1), randomImage(3, 2, 3, 1))).toThrow(/lab2/);
    expect(() => deltaE76([1, 2] as never, [1, 2, 3])).toThrow(ArgumentTypeError);
  });
});
