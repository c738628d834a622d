import { boundingRect } from "./boundingRect";
import { pythonOracle } from "../testing/pythonOracle";

describe("boundingRect", () => {
  it("counts pixels inclusively like cv.boundingRect: one point is 1×1", () => {
    expect(boundingRect([{ x: 3, y: 4 }])).toEqual({ x: 3, y: 4, width: 1, height: 1 });
    expect(boundingRect([{ x: 1, y: 1 }, { x: 3, y: 5 }, { x: 2, y: 0 }])).toEqual({ x: 1, y: 0, width: 3, height: 6 });
  });
  it("matches cv.boundingRect on integer points (Python build)", () => {
    const c = [{ x: 5, y: 2 }, { x: 9, y: 7 }, { x: 6, y: 11 }, { x: 3, y: 4 }];
    const ref = pythonOracle("result = list(cv2.boundingRect(c.astype(np.int32)))", { c: { shape: [4, 1, 2], data: c.flatMap((p) => [p.x, p.y]) } }) as number[];
    const r = boundingRect(c);
    expect([r.x, r.y, r.width, r.height]).toEqual(ref);
  });
  it("rejects an empty point list", () => {
    expect(() => boundingRect([])).toThrow(/points/);
  });
});
