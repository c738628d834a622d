import fc from "fast-check";
import { rgbToCmyk } from "./rgbToCmyk";
import { cmykToRgb } from "./cmykToRgb";
import type { Image } from "../core/image";
import { ArgumentTypeError } from "../core/errors";

const px = (...v: number[]): Image => ({ width: v.length / 3, height: 1, channels: 3, data: new Float32Array(v) });

describe("rgbToCmyk / cmykToRgb", () => {
  it("hand-checked: red, black, white, (0.6, 0.4, 0.2)", () => {
    const out = rgbToCmyk(px(1, 0, 0, 0, 0, 0, 1, 1, 1, 0.6, 0.4, 0.2));
    expect(out.channels).toBe(4);
    [0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1 / 3, 2 / 3, 0.4].forEach((v, i) => expect(out.data[i]).toBeCloseTo(v, 6));
  });
  it("round-trip within 1e-5 and all channels in [0, 1] (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 30 }), (values) => {
        const img = px(...values.slice(0, Math.floor(values.length / 3) * 3));
        const cmyk = rgbToCmyk(img);
        for (const v of cmyk.data) expect(v >= 0 && v <= 1).toBe(true);
        expect(cmykToRgb(cmyk)).toBeCloseToImage(img, 1e-5);
      }),
    );
  });
  it("cmykToRgb needs 4 channels", () => {
    expect(() => cmykToRgb(px(1, 1, 1))).toThrow(ArgumentTypeError);
  });
});
