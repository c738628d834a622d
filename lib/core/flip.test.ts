import fc from "fast-check";
import { flip, FlipAxis } from "./flip";
import { fromRows } from "./create";
import { randomImage } from "./random";
import { ArgumentRangeError } from "./errors";
import { opencv, toMat, fromMat, withMats } from "../cvbridge";
import { pythonOracle, oracleImage } from "../testing/pythonOracle";

const img23 = fromRows([
  [1, 2, 3],
  [4, 5, 6],
]);

describe("flip", () => {
  it("h mirrors columns", () => {
    expect(flip(img23, "h")).toBeCloseToImage(fromRows([[3, 2, 1], [6, 5, 4]]), 0);
  });
  it("v mirrors rows", () => {
    expect(flip(img23, FlipAxis.vertical)).toBeCloseToImage(fromRows([[4, 5, 6], [1, 2, 3]]), 0);
  });
  it("both rotates by 180°", () => {
    expect(flip(img23, "both")).toBeCloseToImage(fromRows([[6, 5, 4], [3, 2, 1]]), 0);
  });
  it("keeps the channel order of each pixel", () => {
    const rgb = { width: 2, height: 1, channels: 3, data: new Float32Array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]) };
    expect(Array.from(flip(rgb, "h").data)).toEqual(Array.from(new Float32Array([0.4, 0.5, 0.6, 0.1, 0.2, 0.3])));
  });
  it("is an involution and h∘v = both", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 4 }), fc.constantFrom("h" as const, "v" as const, "both" as const), (w, h, c, axis) => {
        const im = randomImage(w, h, c, w * 100 + h * 10 + c);
        expect(flip(flip(im, axis), axis)).toBeCloseToImage(im, 0);
        expect(flip(flip(im, "h"), "v")).toBeCloseToImage(flip(im, "both"), 0);
      }),
    );
  });
  it("agrees with cv.flip (opencv-wasm) for flip codes 1, 0, −1", () => {
    const im = randomImage(7, 5, 3, 9);
    const cv = opencv();
    for (const [axis, code] of [["h", 1], ["v", 0], ["both", -1]] as const) {
      const ref = withMats((t) => {
        const dst = t(new cv.Mat());
        cv.flip(t(toMat(im)), dst, code);
        return fromMat(dst);
      });
      expect(flip(im, axis)).toBeCloseToImage(ref, 0);
    }
  });
  it("agrees with cv2.flip", () => {
    const im = randomImage(6, 4, 3, 11);
    expect(flip(im, "h")).toBeCloseToImage(oracleImage(pythonOracle("result = cv2.flip(img, 1)", { img: im })), 0);
  });
  it("handles 1×1 and 1×N", () => {
    const one = fromRows([[0.5]]);
    expect(flip(one, "h")).toBeCloseToImage(one, 0);
    expect(flip(fromRows([[1, 2, 3]]), "v")).toBeCloseToImage(fromRows([[1, 2, 3]]), 0);
  });
  it("rejects an unknown axis, naming it", () => {
    expect(() => flip(img23, "x" as never)).toThrow(ArgumentRangeError);
    expect(() => flip(img23, "x" as never)).toThrow(/axis/);
  });
});
