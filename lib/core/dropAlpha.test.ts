import { dropAlpha } from "./dropAlpha";
import { randomImage } from "./random";
import { ArgumentTypeError } from "./errors";
import { opencv, toMat, fromMat, withMats } from "../cvbridge";

describe("dropAlpha", () => {
  it("keeps R, G, B and discards A", () => {
    const rgba = { width: 1, height: 1, channels: 4, data: new Float32Array([0.25, 0.5, 0.75, 0.1]) };
    expect(Array.from(dropAlpha(rgba).data)).toEqual([0.25, 0.5, 0.75]);
  });
  it("agrees with cv.cvtColor RGBA2RGB", () => {
    const im = randomImage(5, 4, 4, 7);
    const cv = opencv();
    const ref = withMats((t) => {
      const dst = t(new cv.Mat());
      cv.cvtColor(t(toMat(im)), dst, cv.COLOR_RGBA2RGB);
      return fromMat(dst);
    });
    expect(dropAlpha(im)).toBeCloseToImage(ref, 0);
  });
  it("rejects an RGB image, naming it", () => {
    expect(() => dropAlpha(randomImage(2, 2, 3, 1))).toThrow(ArgumentTypeError);
    expect(() => dropAlpha(randomImage(2, 2, 3, 1))).toThrow(/image must have 4 channels/);
  });
});
