import fc from "fast-check";
import { fromRows, randomImage, ArgumentTypeError, ArgumentRangeError, type Image } from "../core";
import { opencv, toMat, fromMat, withMats } from "../cvbridge";
import { pythonOracle, oracleImage } from "../testing/pythonOracle";
import { sobel } from "./sobel";
import type { BorderMode } from "./border";

const cvBorder = (b: BorderMode): number => {
  const cv = opencv();
  return { reflect101: cv.BORDER_REFLECT_101, reflect: cv.BORDER_REFLECT, replicate: cv.BORDER_REPLICATE, constant: cv.BORDER_CONSTANT }[b];
};
const cvSobel = (img: Image, dx: number, dy: number, ksize: number, border: BorderMode): Image =>
  withMats((track) => {
    const cv = opencv();
    const src = track(toMat(img));
    const dst = track(new cv.Mat());
    cv.Sobel(src, dst, cv.CV_32F, dx, dy, ksize, 1, 0, cvBorder(border));
    return fromMat(dst);
  });

describe("sobel", () => {
  it("gives gx = 4 across a vertical unit step and 0 on flat parts (hand-checked)", () => {
    const img = fromRows([
      [0, 0, 1, 1],
      [0, 0, 1, 1],
      [0, 0, 1, 1],
    ]);
    const { gx, gy, magnitude, angle } = sobel(img);
    expect(gx).toBeCloseToImage(fromRows([[0, 4, 4, 0], [0, 4, 4, 0], [0, 4, 4, 0]]), 0);
    expect(gy).toBeCloseToImage(fromRows([[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]), 0);
    expect(magnitude).toBeCloseToImage(gx, 0);
    expect(Array.from(angle.data)).toEqual(new Array(12).fill(0));
  });

  it("points the angle down (90°) for a horizontal step getting brighter downwards, and up (270°) the other way", () => {
    const down = sobel(fromRows([[0, 0, 0], [0, 0, 0], [1, 1, 1], [1, 1, 1]]));
    expect(down.angle.data[1 * 3 + 1]).toBeCloseTo(90, 2);
    const up = sobel(fromRows([[1, 1, 1], [1, 1, 1], [0, 0, 0], [0, 0, 0]]));
    expect(up.angle.data[1 * 3 + 1]).toBeCloseTo(270, 2);
    const diag = sobel(fromRows([[0, 0, 0], [0, 0, 1], [0, 1, 1]]));
    expect(diag.angle.data[4]).toBeCloseTo(45, 1);
  });

  for (const ksize of [1, 3, 5, 7] as const) {
    for (const border of ["reflect101", "reflect", "replicate", "constant"] as const) {
      it(`matches cv.Sobel CV_32F (opencv-wasm) with ksize ${ksize}, border ${border}`, () => {
        const img = randomImage(17, 13, 1, ksize * 10 + border.length);
        const { gx, gy } = sobel(img, { ksize, border });
        expect(gx).toBeCloseToImage(cvSobel(img, 1, 0, ksize, border), 2e-4 * ksize ** 3);
        expect(gy).toBeCloseToImage(cvSobel(img, 0, 1, ksize, border), 2e-4 * ksize ** 3);
      });
    }
  }

  it("matches OpenCV's Python build for gx, gy, magnitude and phase in degrees", () => {
    const img = randomImage(23, 19, 1, 5);
    const out = pythonOracle(
      "gx = cv2.Sobel(img, cv2.CV_32F, 1, 0, ksize=3)\ngy = cv2.Sobel(img, cv2.CV_32F, 0, 1, ksize=3)\nresult = [gx, gy, cv2.magnitude(gx, gy), cv2.phase(gx, gy, angleInDegrees=True)]",
      { img },
    ) as never[];
    const r = sobel(img);
    expect(r.gx).toBeCloseToImage(oracleImage(out[0]!), 1e-5);
    expect(r.gy).toBeCloseToImage(oracleImage(out[1]!), 1e-5);
    expect(r.magnitude).toBeCloseToImage(oracleImage(out[2]!), 1e-5);
    const phase = oracleImage(out[3]!);
    for (let i = 0; i < phase.data.length; i++) {
      let d = Math.abs(phase.data[i]! - r.angle.data[i]!);
      d = Math.min(d, 360 - d);
      expect(d).toBeLessThan(0.02);
    }
  });

  it("is linear: sobel(a·I + b·J) = a·sobel(I) + b·sobel(J)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (seed, a, b) => {
        const I = randomImage(9, 7, 1, seed), J = randomImage(9, 7, 1, seed + 1);
        const mix = { ...I, data: I.data.map((v, i) => a * v + b * J.data[i]!) };
        const left = sobel(mix).gx;
        const si = sobel(I).gx, sj = sobel(J).gx;
        const right = { ...si, data: si.data.map((v, i) => a * v + b * sj.data[i]!) };
        expect(left).toBeCloseToImage(right, 1e-4);
      }),
      { numRuns: 30 },
    );
  });

  it("swaps gx and gy on a transposed image", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
        const I = randomImage(6, 5, 1, seed);
        const T: Image = { width: 5, height: 6, channels: 1, data: new Float32Array(30) };
        for (let y = 0; y < 5; y++) for (let x = 0; x < 6; x++) T.data[x * 5 + y] = I.data[y * 6 + x]!;
        const a = sobel(I), b = sobel(T);
        for (let y = 0; y < 5; y++) for (let x = 0; x < 6; x++) expect(b.gy.data[x * 5 + y]).toBeCloseTo(a.gx.data[y * 6 + x]!, 5);
      }),
      { numRuns: 20 },
    );
  });

  it("handles 1×1 and 1×N images (all-zero gradients for 1×1)", () => {
    const one = sobel(fromRows([[0.7]]));
    expect(Array.from(one.gx.data)).toEqual([0]);
    const row = fromRows([[0, 1, 2, 3]]);
    const cvGx = cvSobel(row, 1, 0, 3, "reflect101");
    expect(sobel(row).gx).toBeCloseToImage(cvGx, 1e-6);
  });

  it("rejects bad arguments with typed errors naming them", () => {
    expect(() => sobel(randomImage(4, 4, 3, 1))).toThrow(ArgumentTypeError);
    expect(() => sobel(randomImage(4, 4, 3, 1))).toThrow(/image/);
    expect(() => sobel(randomImage(4, 4, 1, 1), { ksize: 4 as never })).toThrow(ArgumentRangeError);
    expect(() => sobel(randomImage(4, 4, 1, 1), { border: "wrap" as never })).toThrow(/options.border/);
  });
});
