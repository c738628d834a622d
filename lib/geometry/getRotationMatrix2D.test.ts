import { opencv, withMats } from "../cvbridge";
import { pythonOracle, type OracleArray } from "../testing/pythonOracle";
import { getRotationMatrix2D } from "./getRotationMatrix2D";

describe("getRotationMatrix2D", () => {
  it("gives the hand-computed matrix for 90° about (1, 1)", () => {
    const M = getRotationMatrix2D({ x: 1, y: 1 }, 90, 1);
    const expected = [0, 1, 0, -1, 0, 2, 0, 0, 1];
    M.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
  });
  it("matches cv.getRotationMatrix2D (opencv-wasm)", () => {
    const cv = opencv();
    const ref = withMats((t) => Array.from(t(cv.getRotationMatrix2D(new cv.Point(12.5, 7), 33, 1.3)).data64F as Float64Array));
    const M = getRotationMatrix2D({ x: 12.5, y: 7 }, 33, 1.3);
    ref.forEach((v, i) => expect(M[i]).toBeCloseTo(v, 12));
  });
  it("matches cv2.getRotationMatrix2D (Python)", () => {
    const ref = pythonOracle("result = cv2.getRotationMatrix2D((12.5, 7.0), -47.0, 0.6)", {}) as OracleArray;
    const M = getRotationMatrix2D({ x: 12.5, y: 7 }, -47, 0.6);
    Array.from(ref.data).forEach((v, i) => expect(M[i]).toBeCloseTo(v, 12));
  });
  it("rejects a bad centre", () => {
    expect(() => getRotationMatrix2D({ x: NaN, y: 0 }, 0)).toThrow(/center.x/);
  });
});
