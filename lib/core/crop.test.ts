import fc from "fast-check";
import { crop } from "./crop";
import { fromRows } from "./create";
import { randomImage } from "./random";
import { ArgumentRangeError, ArgumentTypeError } from "./errors";
import { opencv, toMat, fromMat, withMats } from "../cvbridge";

describe("crop", () => {
  it("keeps the pixels of a hand-checked 3×3 rectangle", () => {
    const img = fromRows([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9, 10, 11],
    ]);
    expect(crop(img, { x: 1, y: 1, width: 2, height: 2 })).toBeCloseToImage(fromRows([[5, 6], [9, 10]]), 0);
  });
  it("keeps channels together", () => {
    const img = randomImage(4, 3, 3, 1);
    const out = crop(img, { x: 2, y: 1, width: 1, height: 1 });
    expect(Array.from(out.data)).toEqual(Array.from(img.data.subarray((1 * 4 + 2) * 3, (1 * 4 + 2) * 3 + 3)));
  });
  it("the full rectangle is a copy, not a view", () => {
    const img = randomImage(5, 4, 2, 2);
    const out = crop(img, { x: 0, y: 0, width: 5, height: 4 });
    expect(out).toBeCloseToImage(img, 0);
    expect(out.data).not.toBe(img.data);
  });
  it("composes: crop of a crop is one crop with summed offsets", () => {
    const img = randomImage(12, 10, 1, 3);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }), (x, y, dx, dy) => {
        const outer = crop(img, { x, y, width: 6, height: 5 });
        const inner = crop(outer, { x: dx, y: dy, width: 3, height: 3 });
        expect(inner).toBeCloseToImage(crop(img, { x: x + dx, y: y + dy, width: 3, height: 3 }), 0);
      }),
    );
  });
  it("agrees with OpenCV's roi().clone()", () => {
    const img = randomImage(9, 7, 3, 4);
    const ref = withMats((t) => fromMat(t(t(t(toMat(img)).roi(new (opencv().Rect)(2, 3, 5, 4))).clone())));
    expect(crop(img, { x: 2, y: 3, width: 5, height: 4 })).toBeCloseToImage(ref, 0);
  });
  it("rejects rectangles outside the image, naming the field", () => {
    const img = randomImage(4, 4, 1, 5);
    expect(() => crop(img, { x: 3, y: 0, width: 2, height: 1 })).toThrow(ArgumentRangeError);
    expect(() => crop(img, { x: 3, y: 0, width: 2, height: 1 })).toThrow(/rect.width/);
    expect(() => crop(img, { x: 0, y: 4, width: 1, height: 1 })).toThrow(/rect.y/);
    expect(() => crop(img, { x: 0, y: 0, width: 0, height: 1 })).toThrow(/rect.width/);
    expect(() => crop(img, { x: 0.5, y: 0, width: 1, height: 1 })).toThrow(ArgumentTypeError);
    expect(() => crop(img, null as never)).toThrow(/rect/);
  });
});
