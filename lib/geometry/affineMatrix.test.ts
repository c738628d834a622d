import fc from "fast-check";
import { affineMatrix } from "./affineMatrix";
import { getRotationMatrix2D } from "./getRotationMatrix2D";
import { applyHomography } from "./applyHomography";
import { invertAffine } from "./invertAffine";
import { mul3 } from "./_matrix";

const close = (a: number[], b: number[], tol = 1e-9) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, -Math.log10(tol)));

describe("affineMatrix", () => {
  it("is the identity with no options", () => {
    expect(affineMatrix()).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  });
  it("translates by [tx, ty]", () => {
    expect(affineMatrix({ translate: [3, -2] })).toEqual([1, 0, 3, 0, 1, -2, 0, 0, 1]);
  });
  it("rotates 90° counter-clockwise on screen about the centre", () => {
    const M = affineMatrix({ rotate: 90, center: { x: 1, y: 1 } });
    const [p] = applyHomography(M, [{ x: 2, y: 1 }]); // right of the centre goes up (y smaller)
    expect(p!.x).toBeCloseTo(1, 12);
    expect(p!.y).toBeCloseTo(0, 12);
  });
  it("shears x by shx·y", () => {
    expect(affineMatrix({ shear: [0.5, 0] })).toEqual([1, 0.5, 0, 0, 1, 0, 0, 0, 1]);
  });
  it("scales per axis about the centre", () => {
    close(affineMatrix({ scale: [2, 3], center: { x: 1, y: 1 } }), [2, 0, -1, 0, 3, -2, 0, 0, 1]);
  });
  it("equals getRotationMatrix2D for rotation + uniform scale (reference values)", () => {
    const a = affineMatrix({ rotate: 30, scale: 0.8, center: { x: 10, y: 20 } });
    const b = getRotationMatrix2D({ x: 10, y: 20 }, 30, 0.8);
    close(a, b, 1e-12);
  });
  it("composes with its inverse to the identity (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        fc.double({ min: -0.8, max: 0.8, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        (rotate, scale, shx, tx) => {
          const M = affineMatrix({ rotate, scale, shear: [shx, 0], translate: [tx, 1], center: { x: 5, y: 7 } });
          close(mul3(M, invertAffine(M)), [1, 0, 0, 0, 1, 0, 0, 0, 1], 1e-8);
        },
      ),
      { numRuns: 50 },
    );
  });
  it("rejects bad options naming them", () => {
    expect(() => affineMatrix({ rotate: NaN })).toThrow(/options.rotate/);
    expect(() => affineMatrix({ translate: [1] as unknown as [number, number] })).toThrow(/options.translate/);
  });
});
