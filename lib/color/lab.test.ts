import fc from "fast-check";
import { rgbToLab } from "./rgbToLab";
import { labToRgb } from "./labToRgb";
import { srgbToLinear } from "./srgbToLinear";
import { linearToSrgb } from "./linearToSrgb";
import { fromRows } from "../core/create";
import type { Image } from "../core/image";
import { opencv } from "../cvbridge";
import { pythonOracle, oracleImage } from "../testing/pythonOracle";
import { colourTestImage, cvtColor } from "./testing/colourTestUtil";

const px = (...v: number[]): Image => ({ width: v.length / 3, height: 1, channels: 3, data: new Float32Array(v) });

describe("srgbToLinear / linearToSrgb", () => {
  it("follow the sRGB curve: linear segment, 0.5 → 0.214, 1 → 1", () => {
    const lin = srgbToLinear(fromRows([[0, 0.04, 0.5, 1]]));
    expect(lin).toBeCloseToImage(fromRows([[0, 0.04 / 12.92, 0.21404114, 1]]), 1e-6);
  });
  it("are inverses within 1e-6 (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }), (values) => {
        const img = fromRows([values]);
        expect(linearToSrgb(srgbToLinear(img))).toBeCloseToImage(img, 1e-6);
      }),
    );
  });
});

describe("rgbToLab", () => {
  it("white is L=100, a=b=0; black is 0; mid grey is L≈53.39", () => {
    const out = rgbToLab(px(1, 1, 1, 0, 0, 0, 0.5, 0.5, 0.5));
    [100, 0, 0, 0, 0, 0, 53.389].forEach((v, i) => expect(out.data[i]).toBeCloseTo(v, 2));
  });
  it("pure red is L≈53.24, a≈80.09, b≈67.20 (the textbook sRGB D65 value)", () => {
    const out = rgbToLab(px(1, 0, 0));
    expect(out.data[0]).toBeCloseTo(53.24, 1);
    expect(out.data[1]).toBeCloseTo(80.09, 0);
    expect(out.data[2]).toBeCloseTo(67.2, 0);
  });
  it("matches cv.cvtColor LRGB2Lab on the linearised image (exact formulas) within 1e-3", () => {
    const img = colourTestImage();
    expect(rgbToLab(img)).toBeCloseToImage(cvtColor(srgbToLinear(img), opencv().COLOR_LRGB2Lab), 1e-3);
  });
  it("matches cv.cvtColor RGB2Lab within 0.5 (OpenCV interpolates sRGB float input from a coarse LUT)", () => {
    const img = colourTestImage();
    expect(rgbToLab(img)).toBeCloseToImage(cvtColor(img, opencv().COLOR_RGB2Lab), 0.5);
  });
  it("matches cv2 LRGB2Lab within 1e-3 and RGB2Lab within 0.5", () => {
    const img = colourTestImage(11);
    const lin = srgbToLinear(img);
    expect(rgbToLab(img)).toBeCloseToImage(oracleImage(pythonOracle("result = cv2.cvtColor(img, cv2.COLOR_LRGB2Lab)", { img: lin })), 1e-3);
    expect(rgbToLab(img)).toBeCloseToImage(oracleImage(pythonOracle("result = cv2.cvtColor(img, cv2.COLOR_RGB2Lab)", { img })), 0.5);
  });
});

describe("labToRgb", () => {
  it("round-trips rgb → lab → rgb within 1e-5 (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 30 }), (values) => {
        const img = px(...values.slice(0, Math.floor(values.length / 3) * 3));
        expect(labToRgb(rgbToLab(img))).toBeCloseToImage(img, 1e-5);
      }),
    );
  });
  it("agrees with cv.cvtColor Lab2RGB within 2e-4", () => {
    const lab = rgbToLab(colourTestImage());
    expect(labToRgb(lab)).toBeCloseToImage(cvtColor(lab, opencv().COLOR_Lab2RGB), 2e-4);
  });
  it("agrees with cv2.cvtColor Lab2RGB within 2e-4", () => {
    const lab = rgbToLab(colourTestImage(13));
    expect(labToRgb(lab)).toBeCloseToImage(oracleImage(pythonOracle("result = cv2.cvtColor(img, cv2.COLOR_Lab2RGB)", { img: lab })), 2e-4);
  });
  it("clips out-of-gamut colours into [0, 1]", () => {
    const out = labToRgb(px(50, 120, -120));
    for (const v of out.data) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });
});
