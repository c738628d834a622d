import { randomImage } from "../core";
import { oracleImage, pythonOracle } from "./pythonOracle";

describe("pythonOracle", () => {
  it("round-trips an image through numpy unchanged", () => {
    const img = randomImage(5, 4, 3, 7);
    const back = oracleImage(pythonOracle("result = img", { img }));
    expect(back).toBeCloseToImage(img, 0);
  });
  it("returns numbers and nested values from cv2", () => {
    const out = pythonOracle("result = {'sum': float(img.sum()), 'shape': [img.shape[0], img.shape[1]]}", {
      img: { shape: [2, 2], data: [1, 2, 3, 4] },
    });
    expect(out).toEqual({ sum: 10, shape: [2, 2] });
  });
});
