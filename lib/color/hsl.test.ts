import fc from "fast-check";
import { rgbToHsl } from "./rgbToHsl";
import { hslToRgb } from "./hslToRgb";
import type { Image } from "../core/image";
import { opencv } from "../cvbridge";
import { pythonOracle, oracleImage } from "../testing/pythonOracle";
import { colourTestImage, cvtColor, permuteChannels } from "./testing/colourTestUtil";

const px = (...v: number[]): Image => ({ width: v.length / 3, height: 1, channels: 3, data: new Float32Array(v) });
/** Our H,S,L ↔ OpenCV's H,L,S. */
const SWAP_SL = [0, 2, 1];

describe("rgbToHsl", () => {
  it("stores H, S, L (hand-checked)", () => {
    // (0.6, 0.4, 0.2): max .6, min .2, L = .4, S = .4/.8 = .5, H = 30°; light pink (1, .5, .5): L=.75, S=.5/.5=1, H=0
    const out = rgbToHsl(px(0.6, 0.4, 0.2, 1, 0.5, 0.5, 0.3, 0.3, 0.3));
    [30, 0.5, 0.4, 0, 1, 0.75, 0, 0, 0.3].forEach((v, i) => expect(out.data[i]).toBeCloseTo(v, 5));
  });
  it("agrees with cv.cvtColor RGB2HLS after swapping S and L", () => {
    const img = colourTestImage();
    expect(rgbToHsl(img)).toBeCloseToImage(permuteChannels(cvtColor(img, opencv().COLOR_RGB2HLS), SWAP_SL), 1e-4);
  });
  it("agrees with cv2 COLOR_RGB2HLS reordered", () => {
    const img = colourTestImage(9);
    const ref = oracleImage(pythonOracle("result = cv2.cvtColor(img, cv2.COLOR_RGB2HLS)[:, :, [0, 2, 1]]", { img }));
    expect(rgbToHsl(img)).toBeCloseToImage(ref, 1e-4);
  });
});

describe("hslToRgb", () => {
  it("round-trips rgb → hsl → rgb within 1e-5 (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 30 }), (values) => {
        const img = px(...values.slice(0, Math.floor(values.length / 3) * 3));
        expect(hslToRgb(rgbToHsl(img))).toBeCloseToImage(img, 1e-5);
      }),
    );
  });
  it("agrees with cv.cvtColor HLS2RGB on reordered input", () => {
    const hsl = rgbToHsl(colourTestImage());
    expect(hslToRgb(hsl)).toBeCloseToImage(cvtColor(permuteChannels(hsl, SWAP_SL), opencv().COLOR_HLS2RGB), 1e-5);
  });
  it("wraps hue outside [0, 360)", () => {
    const a = hslToRgb(px(30, 0.5, 0.4));
    expect(hslToRgb(px(390, 0.5, 0.4))).toBeCloseToImage(a, 1e-6);
    expect(hslToRgb(px(-330, 0.5, 0.4))).toBeCloseToImage(a, 1e-6);
  });
});
