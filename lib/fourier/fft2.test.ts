import fc from "fast-check";
import { randomImage, fromRows, createImage, type Image } from "../core";
import { opencv, toMat, withMats } from "../cvbridge";
import { pythonOracle, type OracleArray } from "../testing/pythonOracle";
import { fft2 } from "./fft2";
import { ifft2 } from "./ifft2";

function naive2(img: Image): { re: number[]; im: number[] } {
  const { width: W, height: H, data } = img;
  const re: number[] = [], im: number[] = [];
  for (let v = 0; v < H; v++) for (let u = 0; u < W; u++) {
    let sr = 0, si = 0;
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
      const a = -2 * Math.PI * ((u * x) / W + (v * y) / H);
      sr += data[y * W + x]! * Math.cos(a);
      si += data[y * W + x]! * Math.sin(a);
    }
    re.push(sr);
    im.push(si);
  }
  return { re, im };
}

describe("fft2", () => {
  it("puts the sum at F[0,0] and alternating signs at the Nyquist frequency (hand-checked 2×2)", () => {
    const F = fft2(fromRows([[1, 2], [3, 4]]));
    expect(Array.from(F.re)).toEqual([10, -2, -4, 0]);
    expect(Array.from(F.im)).toEqual([0, 0, 0, 0]);
  });
  for (const [w, h] of [[8, 4], [5, 7], [12, 9], [1, 6]] as const) {
    it(`matches a naive 2-D DFT on ${w}×${h}`, () => {
      const img = randomImage(w, h, 1, w * h);
      const F = fft2(img);
      const ref = naive2(img);
      ref.re.forEach((v, i) => expect(F.re[i]).toBeCloseTo(v, 8));
      ref.im.forEach((v, i) => expect(F.im[i]).toBeCloseTo(v, 8));
    });
  }
  it("matches cv.dft with DFT_COMPLEX_OUTPUT (opencv-wasm) on a non-power-of-two size", () => {
    const img = randomImage(30, 18, 1, 2);
    const ref = withMats((track) => {
      const cv = opencv();
      const out = track(new cv.Mat());
      cv.dft(track(toMat(img)), out, cv.DFT_COMPLEX_OUTPUT, 0);
      return out.data32F.slice();
    });
    const F = fft2(img);
    for (let i = 0; i < 30 * 18; i++) {
      expect(Math.abs(F.re[i]! - ref[2 * i]!)).toBeLessThan(1e-3);
      expect(Math.abs(F.im[i]! - ref[2 * i + 1]!)).toBeLessThan(1e-3);
    }
  });
  it("matches numpy.fft.fft2 (Python oracle)", () => {
    const img = randomImage(16, 10, 1, 3);
    const ref = pythonOracle("f = np.fft.fft2(img.astype(np.float64))\nresult = [f.real, f.imag]", { img }) as OracleArray[];
    const F = fft2(img);
    F.re.forEach((v, i) => expect(v).toBeCloseTo(ref[0]!.data[i]!, 9));
    F.im.forEach((v, i) => expect(v).toBeCloseTo(ref[1]!.data[i]!, 9));
  });
  it("is linear and round-trips through ifft2", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 999 }), fc.double({ min: -2, max: 2, noNaN: true }), (w, h, seed, a) => {
        const x = randomImage(w, h, 1, seed), y = randomImage(w, h, 1, seed + 1);
        const mix = { ...x, data: x.data.map((v, i) => a * v + y.data[i]!) };
        const Fx = fft2(x), Fy = fft2(y), Fm = fft2(mix);
        Fm.re.forEach((v, i) => expect(v).toBeCloseTo(a * Fx.re[i]! + Fy.re[i]!, 4));
        expect(ifft2(Fx).image).toBeCloseToImage(x, 1e-6);
      }),
      { numRuns: 40 },
    );
  });
  it("rejects colour images", () => {
    expect(() => fft2(createImage(2, 2, 3))).toThrow(/image/);
  });
});
