import fc from "fast-check";
import { ArgumentTypeError } from "../core";
import { fft1d } from "./fft1d";

function naiveDft(re: number[], im: number[]): [number[], number[]] {
  const n = re.length;
  const R: number[] = [], I: number[] = [];
  for (let k = 0; k < n; k++) {
    let sr = 0, si = 0;
    for (let t = 0; t < n; t++) {
      const a = (-2 * Math.PI * k * t) / n;
      sr += re[t]! * Math.cos(a) - im[t]! * Math.sin(a);
      si += re[t]! * Math.sin(a) + im[t]! * Math.cos(a);
    }
    R.push(sr);
    I.push(si);
  }
  return [R, I];
}
const arbSignal = (n: number) => fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n, maxLength: n });

describe("fft1d", () => {
  it("transforms [1, 2, 3, 4] to [10, −2+2i, −2, −2−2i] (hand-checked)", () => {
    const re = Float64Array.from([1, 2, 3, 4]), im = new Float64Array(4);
    fft1d(re, im);
    expect(Array.from(re).map((v) => +v.toFixed(12))).toEqual([10, -2, -2, -2]);
    expect(Array.from(im).map((v) => +v.toFixed(12) + 0)).toEqual([0, 2, 0, -2]);
  });
  for (const n of [1, 2, 8, 64, 3, 5, 6, 12, 17, 100]) {
    it(`matches a naive DFT for length ${n} (${(n & (n - 1)) === 0 ? "radix-2" : "Bluestein"}) and inverts exactly`, () => {
      fc.assert(
        fc.property(arbSignal(n), arbSignal(n), (xr, xi) => {
          const re = Float64Array.from(xr), im = Float64Array.from(xi);
          fft1d(re, im);
          const [R, I] = naiveDft(xr, xi);
          for (let k = 0; k < n; k++) {
            expect(re[k]).toBeCloseTo(R[k]!, 9);
            expect(im[k]).toBeCloseTo(I[k]!, 9);
          }
          fft1d(re, im, { inverse: true });
          for (let k = 0; k < n; k++) {
            expect(re[k]).toBeCloseTo(xr[k]!, 10);
            expect(im[k]).toBeCloseTo(xi[k]!, 10);
          }
        }),
        { numRuns: 10 },
      );
    });
  }
  it("obeys Parseval: Σ|x|² = Σ|X|²/N", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(arbSignal(n), arbSignal(n))), ([xr, xi]) => {
        const re = Float64Array.from(xr), im = Float64Array.from(xi);
        const e1 = xr.reduce((s, v, i) => s + v * v + xi[i]! * xi[i]!, 0);
        fft1d(re, im);
        const e2 = re.reduce((s, v, i) => s + v * v + im[i]! * im[i]!, 0) / re.length;
        expect(e2).toBeCloseTo(e1, 8);
      }),
    );
  });
  it("rejects mismatched arrays", () => {
    expect(() => fft1d(new Float64Array(4), new Float64Array(3))).toThrow(ArgumentTypeError);
    expect(() => fft1d([1, 2] as never, new Float64Array(2))).toThrow(/re/);
  });
});
