import { fromRows, randomImage } from "../core";
import { haar2d } from "./haar2d";
import { ihaar2d } from "./ihaar2d";

describe("ihaar2d", () => {
  it("inverts the hand-checked 2×2 example", () => {
    expect(ihaar2d(fromRows([[5, -1], [-2, 0]]), 1)).toBeCloseToImage(fromRows([[1, 2], [3, 4]]), 1e-6);
  });
  it("round-trips RGB over 3 levels", () => {
    const img = randomImage(16, 24, 3, 2);
    expect(ihaar2d(haar2d(img, 3), 3)).toBeCloseToImage(img, 1e-5);
  });
});
