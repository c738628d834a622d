import { randomImage } from "../core";
import { laplacianPyramid } from "./laplacianPyramid";
import { reconstruct } from "./reconstruct";
import { cvPyr } from "./_cv";

describe("reconstruct", () => {
  it("collapses by pyrUp + add (reference: OpenCV pyrUp)", () => {
    const coarse = randomImage(5, 4, 1, 1);
    const detail = randomImage(10, 8, 1, 2);
    const up = cvPyr("up", coarse);
    const expected = { ...up, data: up.data.map((v, i) => v + detail.data[i]!) };
    expect(reconstruct([detail, coarse])).toBeCloseToImage(expected, 1e-6);
  });
  it("inverts laplacianPyramid on RGB within 1e-5", () => {
    const img = randomImage(45, 31, 3, 4);
    expect(reconstruct(laplacianPyramid(img, 5))).toBeCloseToImage(img, 1e-5);
  });
  it("rejects mismatched levels and empty input", () => {
    expect(() => reconstruct([])).toThrow(/pyramid/);
    expect(() => reconstruct([randomImage(10, 10, 1, 1), randomImage(3, 3, 1, 1)])).toThrow(/pyramid\[0\]/);
  });
});
