import fc from "fast-check";
import { rgbToYCrCb } from "./rgbToYCrCb";
import { yCrCbToRgb } from "./yCrCbToRgb";
import type { Image } from "../core/image";
import { opencv } from "../cvbridge";
import { pythonOracle, oracleImage } from "../testing/pythonOracle";
import { colourTestImage, cvtColor } from "./testing/colourTestUtil";

const px = (...v: number[]): Image => ({ width: v.length / 3, height: 1, channels: 3, data: new Float32Array(v) });

describe("rgbToYCrCb", () => {
  it("grey has Cr = Cb = 0.5; red has Cr = 0.5 + 0.701·0.713", () => {
    const out = rgbToYCrCb(px(0.3, 0.3, 0.3, 1, 0, 0));
    [0.3, 0.5, 0.5, 0.299, 0.5 + 0.701 * 0.713, 0.5 - 0.299 * 0.564].forEach((v, i) => expect(out.data[i]).toBeCloseTo(v, 6));
  });
  it("agrees with cv.cvtColor RGB2YCrCb (CV_32F) within 1e-6", () => {
    const img = colourTestImage();
    expect(rgbToYCrCb(img)).toBeCloseToImage(cvtColor(img, opencv().COLOR_RGB2YCrCb), 1e-6);
  });
  it("agrees with cv2.cvtColor RGB2YCrCb", () => {
    const img = colourTestImage(15);
    expect(rgbToYCrCb(img)).toBeCloseToImage(oracleImage(pythonOracle("result = cv2.cvtColor(img, cv2.COLOR_RGB2YCrCb)", { img })), 1e-6);
  });
});

describe("yCrCbToRgb", () => {
  it("round-trips within 1e-5 (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 30 }), (values) => {
        const img = px(...values.slice(0, Math.floor(values.length / 3) * 3));
        expect(yCrCbToRgb(rgbToYCrCb(img))).toBeCloseToImage(img, 1e-5);
      }),
    );
  });
  it("agrees with cv.cvtColor YCrCb2RGB within 1e-3 (OpenCV's rounded inverse coefficients)", () => {
    const ycc = rgbToYCrCb(colourTestImage());
    expect(yCrCbToRgb(ycc)).toBeCloseToImage(cvtColor(ycc, opencv().COLOR_YCrCb2RGB), 1e-3);
  });
});
