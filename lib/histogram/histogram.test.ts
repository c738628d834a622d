import fc from "fast-check";
import { histogram } from "./histogram";
import { histogram8 } from "./histogram8";
import { fromRows } from "../core/create";
import { randomImage } from "../core/random";
import { ArgumentRangeError } from "../core/errors";
import { opencv, toMat, withMats } from "../cvbridge";
import type { Image } from "../core/image";
import { pythonOracle, type OracleArray } from "../testing/pythonOracle";

function calcHist(image: Image, depth: "float32" | "uint8", bins: number, range: [number, number]): number[] {
  const cv = opencv();
  return withMats((t) => {
    const mv = t(new cv.MatVector());
    mv.push_back(t(toMat(image, { depth })));
    const hist = t(new cv.Mat());
    const mask = t(new cv.Mat());
    cv.calcHist(mv, [0], mask, hist, [bins], range);
    return Array.from(hist.data32F as Float32Array);
  });
}

describe("histogram", () => {
  it("counts a hand-checked image into 4 bins, white in the last bin", () => {
    const [h] = histogram(fromRows([[0, 0.1, 0.25, 0.5, 0.74, 0.75, 1, 1]]), { bins: 4 });
    expect(Array.from(h!)).toEqual([2, 1, 2, 3]);
  });
  it("drops values outside the range and NaN", () => {
    const [h] = histogram(fromRows([[-0.1, 0.5, 1.5, NaN]]), { bins: 2 });
    expect(Array.from(h!)).toEqual([0, 1]);
  });
  it("returns one histogram per channel", () => {
    const rgb = { width: 2, height: 1, channels: 3, data: new Float32Array([0, 0.5, 1, 0, 0.9, 0.1]) };
    const hs = histogram(rgb, { bins: 2 });
    expect(hs.map((h) => Array.from(h))).toEqual([[2, 0], [0, 2], [1, 1]]);
  });
  it("counts every in-range value exactly once (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 300 }), (seed, bins) => {
        const img = randomImage(7, 5, 2, seed);
        for (const h of histogram(img, { bins })) expect(h.reduce((s, v) => s + v, 0)).toBe(35);
      }),
    );
  });
  it("agrees with cv.calcHist on float data (values < hi)", () => {
    const img = randomImage(31, 17, 1, 3);
    for (const bins of [1, 7, 64, 256]) expect(Array.from(histogram(img, { bins })[0]!)).toEqual(calcHist(img, "float32", bins, [0, 1]));
    const [h] = histogram(img, { bins: 10, range: [0.2, 0.7] });
    expect(Array.from(h!)).toEqual(calcHist(img, "float32", 10, [0.2, 0.7]));
  });
  it("agrees with cv2.calcHist", () => {
    const img = randomImage(40, 30, 1, 4);
    const ref = pythonOracle("result = cv2.calcHist([img], [0], None, [50], [0, 1]).ravel()", { img }) as OracleArray;
    expect(Array.from(histogram(img, { bins: 50 })[0]!)).toEqual(Array.from(ref.data));
  });
  it("rejects bad bins and ranges, naming the option", () => {
    const img = randomImage(2, 2, 1, 1);
    expect(() => histogram(img, { bins: 0 })).toThrow(/options.bins/);
    expect(() => histogram(img, { range: [1, 1] })).toThrow(ArgumentRangeError);
    expect(() => histogram(img, { range: [0] as never })).toThrow(/options.range/);
  });
});

describe("histogram8", () => {
  it("counts round(v·255) levels", () => {
    const [h] = histogram8(fromRows([[0, 1 / 255, 0.5 / 255 - 1e-6, 1, 1.2, -0.3]]));
    expect(h![0]).toBe(3);
    expect(h![1]).toBe(1);
    expect(h![255]).toBe(2);
  });
  it("agrees with cv.calcHist (256 bins, [0, 256)) on the CV_8U image", () => {
    const img = randomImage(64, 48, 1, 5);
    expect(Array.from(histogram8(img)[0]!)).toEqual(calcHist(img, "uint8", 256, [0, 256]));
  });
});
