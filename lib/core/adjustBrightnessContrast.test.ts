import fc from "fast-check";
import { adjustBrightnessContrast } from "./adjustBrightnessContrast";
import { fromRows } from "./create";
import { randomImage } from "./random";
import { ArgumentTypeError } from "./errors";
import { pythonOracle, oracleImage } from "../testing/pythonOracle";

describe("adjustBrightnessContrast", () => {
  it("applies alpha before beta and clips to [0, 1]", () => {
    const img = fromRows([[0, 0.25, 0.5, 1]]);
    // 2·v + 0.1 → 0.1, 0.6, 1.1→1, 2.1→1
    expect(adjustBrightnessContrast(img, 2, 0.1)).toBeCloseToImage(fromRows([[0.1, 0.6, 1, 1]]), 1e-7);
    expect(adjustBrightnessContrast(img, 1, -0.3)).toBeCloseToImage(fromRows([[0, 0, 0.2, 0.7]]), 1e-7);
  });
  it("alpha = 1, beta = 0 is the identity on [0, 1] images", () => {
    const im = randomImage(5, 5, 3, 1);
    expect(adjustBrightnessContrast(im, 1, 0)).toBeCloseToImage(im, 0);
  });
  it("always lands in [0, 1] and is monotone for alpha ≥ 0", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), (alpha, beta) => {
        const img = fromRows([[0, 0.2, 0.4, 0.6, 0.8, 1]]);
        const out = adjustBrightnessContrast(img, alpha, beta).data;
        for (let i = 0; i < out.length; i++) {
          expect(out[i]).toBeGreaterThanOrEqual(0);
          expect(out[i]).toBeLessThanOrEqual(1);
          if (i > 0) expect(out[i]!).toBeGreaterThanOrEqual(out[i - 1]!);
        }
      }),
    );
  });
  it("matches cv2.convertScaleAbs on 8-bit data within one grey level", () => {
    const im = randomImage(16, 8, 1, 3);
    const q = { ...im, data: im.data.map((v) => Math.round(v * 255) / 255) };
    const ref = oracleImage(pythonOracle("result = cv2.convertScaleAbs(np.round(img*255).astype(np.uint8), alpha=1.3, beta=20).astype(np.float32)/255", { img: q }));
    expect(adjustBrightnessContrast(q, 1.3, 20 / 255)).toBeCloseToImage(ref, 0.5 / 255 + 1e-6);
  });
  it("rejects non-finite alpha/beta, naming them", () => {
    const im = randomImage(2, 2, 1, 1);
    expect(() => adjustBrightnessContrast(im, NaN, 0)).toThrow(/alpha/);
    expect(() => adjustBrightnessContrast(im, 1, "0" as never)).toThrow(ArgumentTypeError);
    expect(() => adjustBrightnessContrast(im, 1, "0" as never)).toThrow(/beta/);
  });
});
