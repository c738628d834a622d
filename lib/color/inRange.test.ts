import { inRange } from "./inRange";
import { fromRows } from "../core/create";
import { randomImage } from "../core/random";
import { ArgumentRangeError, ArgumentTypeError } from "../core/errors";
import { opencv, toMat, fromMat, withMats } from "../cvbridge";
import { pythonOracle, oracleImage } from "../testing/pythonOracle";

describe("inRange", () => {
  it("is inclusive at both ends on grey images", () => {
    expect(inRange(fromRows([[0.1, 0.2, 0.5, 0.8, 0.9]]), 0.2, 0.8)).toBeCloseToImage(fromRows([[0, 1, 1, 1, 0]]), 0);
  });
  it("needs every channel inside", () => {
    const img = { width: 3, height: 1, channels: 3, data: new Float32Array([0.5, 0.5, 0.5, 0.5, 0.9, 0.5, 0.1, 0.5, 0.5]) };
    expect(inRange(img, [0.2, 0.2, 0.2], [0.8, 0.8, 0.8])).toBeCloseToImage(fromRows([[1, 0, 0]]), 0);
  });
  it("works for 2 and 4 channels", () => {
    const img = randomImage(6, 4, 4, 3);
    const m = inRange(img, [0.1, 0.2, 0, 0.3], [0.9, 1, 0.5, 1]);
    for (let i = 0; i < 24; i++) {
      const p = img.data.subarray(i * 4, i * 4 + 4);
      const inside = p[0]! >= 0.1 && p[0]! <= 0.9 && p[1]! >= 0.2 && p[2]! <= 0.5 && p[3]! >= 0.3;
      expect(m.data[i]).toBe(inside ? 1 : 0);
    }
  });
  it("agrees with cv.inRange (255 → 1)", () => {
    const img = randomImage(9, 7, 3, 4);
    const cv = opencv();
    const ref = withMats((t) => {
      const dst = t(new cv.Mat());
      const lo = t(new cv.Mat(img.height, img.width, cv.CV_32FC3, [0.2, 0.1, 0.3, 0]));
      const hi = t(new cv.Mat(img.height, img.width, cv.CV_32FC3, [0.8, 0.7, 0.9, 0]));
      cv.inRange(t(toMat(img)), lo, hi, dst);
      return fromMat(dst);
    });
    expect(inRange(img, [0.2, 0.1, 0.3], [0.8, 0.7, 0.9])).toBeCloseToImage(ref, 0);
  });
  it("agrees with cv2.inRange", () => {
    const img = randomImage(9, 7, 3, 5);
    const ref = oracleImage(pythonOracle("result = cv2.inRange(img, np.array([0.2,0.1,0.3],np.float32), np.array([0.8,0.7,0.9],np.float32)).astype(np.float32)/255", { img }));
    expect(inRange(img, [0.2, 0.1, 0.3], [0.8, 0.7, 0.9])).toBeCloseToImage(ref, 0);
  });
  it("rejects bounds of the wrong length or hi < lo, naming them", () => {
    const img = randomImage(2, 2, 3, 1);
    expect(() => inRange(img, [0, 0], [1, 1, 1])).toThrow(ArgumentTypeError);
    expect(() => inRange(img, [0, 0], [1, 1, 1])).toThrow(/^lo:/);
    expect(() => inRange(img, [0, 0.5, 0], [1, 0.4, 1])).toThrow(ArgumentRangeError);
    expect(() => inRange(img, [0, 0.5, 0], [1, 0.4, 1])).toThrow(/hi\[1\]/);
  });
});
