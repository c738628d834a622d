import { fromRows, randomImage } from "../core";
import { oracleImage, pythonOracle } from "../testing/pythonOracle";
import { pyrUp } from "./pyrUp";
import { cvPyr } from "./_cv";

describe("pyrUp", () => {
  it("doubles a 2-sample row as zero-insertion + [1 4 6 4 1]/8 (hand-checked)", () => {
    // up = [a 0 b 0], reflect101 on 4: even X=0: (b + 6a + b)/8; X=1: 4(a+b)/8; X=2: (a + 6b + b)/8 (4 mirrors to 2); X=3: 4(b + b)/8.
    const out = pyrUp(fromRows([[1, 0]]));
    expect(out.height).toBe(2);
    expect(Array.from(out.data.subarray(0, 4))).toEqual([6 / 8, 4 / 8, 1 / 8, 0]);
  });
  it.each([
    [16, 12, 1],
    [7, 5, 3],
    [1, 1, 1],
    [3, 1, 1],
  ])("matches cv.pyrUp on %i×%i×%i", (w, h, c) => {
    const img = randomImage(w, h, c, 3 * w + h);
    expect(pyrUp(img)).toBeCloseToImage(cvPyr("up", img), 1e-6);
  });
  it("matches cv.pyrUp with an odd destination size (2w−1 × 2h−1)", () => {
    const img = randomImage(9, 6, 1, 5);
    expect(pyrUp(img, { width: 17, height: 11 })).toBeCloseToImage(cvPyr("up", img, 17, 11), 1e-6);
  });
  it("matches Python cv2.pyrUp", () => {
    const img = randomImage(13, 10, 1, 8);
    expect(pyrUp(img)).toBeCloseToImage(oracleImage(pythonOracle("result = cv2.pyrUp(img)", { img })), 1e-6);
  });
  it("rejects sizes other than 2n and 2n−1", () => {
    expect(() => pyrUp(randomImage(4, 4, 1, 1), { width: 9 })).toThrow(/options.width/);
  });
});
