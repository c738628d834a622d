import { fromRows, randomImage } from "../core";
import { oracleImage, pythonOracle } from "../testing/pythonOracle";
import { pyrDown } from "./pyrDown";
import { cvPyr } from "./_cv";

describe("pyrDown", () => {
  it("keeps a constant image constant and halves the size rounding up", () => {
    const out = pyrDown({ width: 5, height: 3, channels: 1, data: new Float32Array(15).fill(0.25) });
    expect([out.width, out.height]).toEqual([3, 2]);
    out.data.forEach((v) => expect(v).toBeCloseTo(0.25, 7));
  });
  it("weights [1 4 6 4 1]/16 with reflect101 (hand-checked on a row impulse)", () => {
    // Row [0 0 1 0 0 0] (1 row: vertical taps all reflect to it, sum 16/16).
    const out = pyrDown(fromRows([[0, 0, 1, 0, 0, 0]]));
    // x=0: taps at −2..2 → x=2 seen twice (−2 mirrors to 2): 1+1 = 2; x=1: taps 0..4, centre 2 → 6;
    // x=2: taps 2..6, x=2 is the first tap → 1.
    expect(Array.from(out.data).map((v) => v * 16)).toEqual([2, 6, 1]);
  });
  it.each([
    [32, 24, 1],
    [33, 17, 1],
    [7, 5, 3],
    [2, 1, 1],
    [1, 1, 1],
  ])("matches cv.pyrDown on %i×%i×%i", (w, h, c) => {
    const img = randomImage(w, h, c, w * h);
    expect(pyrDown(img)).toBeCloseToImage(cvPyr("down", img), 1e-6);
  });
  it("matches Python cv2.pyrDown", () => {
    const img = randomImage(41, 30, 1, 8);
    expect(pyrDown(img)).toBeCloseToImage(oracleImage(pythonOracle("result = cv2.pyrDown(img)", { img })), 1e-6);
  });
});
