import fc from "fast-check";
import { rgbToHsv } from "./rgbToHsv";
import { hsvToRgb } from "./hsvToRgb";
import { randomImage } from "../core/random";
import { ArgumentTypeError } from "../core/errors";
import type { Image } from "../core/image";
import { opencv } from "../cvbridge";
import { pythonOracle, oracleImage } from "../testing/pythonOracle";
import { colourTestImage, cvtColor } from "./testing/colourTestUtil";

const px = (...v: number[]): Image => ({ width: v.length / 3, height: 1, channels: 3, data: new Float32Array(v) });

describe("rgbToHsv", () => {
  it("gives hand-checked H (degrees), S, V for primaries, secondaries and a tone", () => {
    // red 0°, green 120°, blue 240°, yellow 60°, magenta 300°; (0.6,0.4,0.2): V=.6, S=2/3, H=30°
    const out = rgbToHsv(px(1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 0, 1, 0, 1, 0.6, 0.4, 0.2));
    const expected = [0, 1, 1, 120, 1, 1, 240, 1, 1, 60, 1, 1, 300, 1, 1, 30, 2 / 3, 0.6];
    expected.forEach((v, i) => expect(out.data[i]).toBeCloseTo(v, 4));
  });
  it("returns H = 0, S = 0 on grey and black, never NaN", () => {
    const out = rgbToHsv(px(0, 0, 0, 0.5, 0.5, 0.5, 1, 1, 1));
    expect(Array.from(out.data)).toEqual([0, 0, 0, 0, 0, 0.5, 0, 0, 1]);
  });
  it("uses the right sector when max = B", () => {
    const out = rgbToHsv(px(0.2, 0.4, 0.8)); // H = 240 + (R − G)·60/(max − min) = 240 − 20
    expect(out.data[0]).toBeCloseTo(220, 3);
  });
  it("agrees with cv.cvtColor RGB2HSV (opencv-wasm, CV_32F)", () => {
    const img = colourTestImage();
    expect(rgbToHsv(img)).toBeCloseToImage(cvtColor(img, opencv().COLOR_RGB2HSV), 1e-4);
  });
  it("agrees with cv2.cvtColor RGB2HSV", () => {
    const img = colourTestImage(5);
    expect(rgbToHsv(img)).toBeCloseToImage(oracleImage(pythonOracle("result = cv2.cvtColor(img, cv2.COLOR_RGB2HSV)", { img })), 1e-4);
  });
  it("rejects a grey image", () => {
    expect(() => rgbToHsv(randomImage(2, 2, 1, 1))).toThrow(ArgumentTypeError);
  });
});

describe("hsvToRgb", () => {
  it("inverts hand-checked values and wraps hue", () => {
    const out = hsvToRgb(px(30, 2 / 3, 0.6, 390, 2 / 3, 0.6, -330, 2 / 3, 0.6, 77, 0, 0.3));
    [0.6, 0.4, 0.2, 0.6, 0.4, 0.2, 0.6, 0.4, 0.2, 0.3, 0.3, 0.3].forEach((v, i) => expect(out.data[i]).toBeCloseTo(v, 5));
  });
  it("round-trips rgb → hsv → rgb within 1e-5 (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 30 }), (values) => {
        const n = Math.floor(values.length / 3) * 3;
        const img = px(...values.slice(0, n));
        expect(hsvToRgb(rgbToHsv(img))).toBeCloseToImage(img, 1e-5);
      }),
    );
  });
  it("agrees with cv.cvtColor HSV2RGB", () => {
    const hsv = rgbToHsv(colourTestImage());
    expect(hsvToRgb(hsv)).toBeCloseToImage(cvtColor(hsv, opencv().COLOR_HSV2RGB), 1e-5);
  });
  it("agrees with cv2.cvtColor HSV2RGB", () => {
    const hsv = rgbToHsv(colourTestImage(7));
    expect(hsvToRgb(hsv)).toBeCloseToImage(oracleImage(pythonOracle("result = cv2.cvtColor(img, cv2.COLOR_HSV2RGB)", { img: hsv })), 1e-5);
  });
});
