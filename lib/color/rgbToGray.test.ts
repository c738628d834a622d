import fc from "fast-check";
import { rgbToGray } from "./rgbToGray";
import { grayToRgb } from "./grayToRgb";
import { rgbToHsv } from "./rgbToHsv";
import { fromRows } from "../core/create";
import { randomImage } from "../core/random";
import { ArgumentTypeError } from "../core/errors";
import { opencv } from "../cvbridge";
import { pythonOracle, oracleImage } from "../testing/pythonOracle";
import { colourTestImage, cvtColor } from "./testing/colourTestUtil";

describe("rgbToGray", () => {
  it("uses the BT.601 weights, not the plain mean", () => {
    const rgb = { width: 3, height: 1, channels: 3, data: new Float32Array([1, 0, 0, 0, 1, 0, 0, 0, 1]) };
    expect(rgbToGray(rgb)).toBeCloseToImage(fromRows([[0.299, 0.587, 0.114]]), 1e-7);
  });
  it("ignores alpha on RGBA input", () => {
    const rgba = { width: 1, height: 1, channels: 4, data: new Float32Array([0.5, 0.5, 0.5, 0.1]) };
    expect(rgbToGray(rgba).data[0]).toBeCloseTo(0.5, 6);
  });
  it("is linear: gray(αx + βy) = α·gray(x) + β·gray(y), and gray(grayToRgb(g)) = g", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), (seed, a, b) => {
        const x = randomImage(3, 2, 3, seed);
        const y = randomImage(3, 2, 3, seed + 1);
        const mix = { ...x, data: x.data.map((v, i) => a * v + b * y.data[i]!) };
        const gx = rgbToGray(x).data;
        const gy = rgbToGray(y).data;
        expect(rgbToGray(mix)).toBeCloseToImage({ ...rgbToGray(x), data: gx.map((v, i) => a * v + b * gy[i]!) }, 1e-5);
        const g = randomImage(3, 2, 1, seed);
        expect(rgbToGray(grayToRgb(g))).toBeCloseToImage(g, 1e-6);
      }),
    );
  });
  it("agrees with cv.cvtColor RGB2GRAY and RGBA2GRAY (opencv-wasm, CV_32F)", () => {
    const img = colourTestImage();
    expect(rgbToGray(img)).toBeCloseToImage(cvtColor(img, opencv().COLOR_RGB2GRAY), 1e-6);
    const rgba = randomImage(7, 5, 4, 2);
    expect(rgbToGray(rgba)).toBeCloseToImage(cvtColor(rgba, opencv().COLOR_RGBA2GRAY), 1e-6);
  });
  it("agrees with cv2.cvtColor RGB2GRAY", () => {
    const img = colourTestImage(3);
    expect(rgbToGray(img)).toBeCloseToImage(oracleImage(pythonOracle("result = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)", { img })), 1e-6);
  });
  it("rejects a grey image with a hint", () => {
    expect(() => rgbToGray(randomImage(2, 2, 1, 1))).toThrow(ArgumentTypeError);
    expect(() => rgbToGray(randomImage(2, 2, 1, 1))).toThrow(/image must have 3 or 4 channels, got 1/);
  });
});

describe("grayToRgb", () => {
  it("copies the value into three channels", () => {
    expect(Array.from(grayToRgb(fromRows([[0.25, 1]])).data)).toEqual([0.25, 0.25, 0.25, 1, 1, 1]);
  });
  it("agrees with cv.cvtColor GRAY2RGB", () => {
    const g = randomImage(5, 3, 1, 4);
    expect(grayToRgb(g)).toBeCloseToImage(cvtColor(g, opencv().COLOR_GRAY2RGB), 0);
  });
  it("rejects colour input", () => {
    expect(() => grayToRgb(randomImage(2, 2, 3, 1))).toThrow(/image must have 1 channel/);
  });
});

describe("rgbToGray / rgbToHsv with options.out", () => {
  it("write into the given buffers", () => {
    const img = colourTestImage();
    const g = new Float32Array(img.width * img.height);
    expect(rgbToGray(img, { out: g }).data).toBe(g);
    expect(rgbToGray(img, { out: g })).toBeCloseToImage(rgbToGray(img), 0);
    const h = new Float32Array(img.data.length);
    expect(rgbToHsv(img, { out: h })).toBeCloseToImage(rgbToHsv(img), 0);
    expect(() => rgbToGray(img, { out: h })).toThrow(/options.out/);
  });
});
