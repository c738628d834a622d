import fc from "fast-check";
import { randomImage } from "../core";
import { fft2 } from "./fft2";
import { ifft2 } from "./ifft2";

/** Direct circular convolution. */
function circConv(a: Float32Array, b: Float32Array, w: number, h: number): Float64Array {
  const out = new Float64Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    let s = 0;
    for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) s += a[j * w + i]! * b[((y - j + h) % h) * w + ((x - i + w) % w)]!;
    out[y * w + x] = s;
  }
  return out;
}

describe("ifft2", () => {
  it("applies the 1/N factor: the inverse of a delta at F[0,0] = N is all ones", () => {
    const re = new Float64Array(6), im = new Float64Array(6);
    re[0] = 6;
    expect(Array.from(ifft2({ width: 3, height: 2, re, im }).image.data)).toEqual([1, 1, 1, 1, 1, 1]);
  });
  it("satisfies the convolution theorem: ifft2(F·G) = circular convolution (vs direct sum)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 999 }), (w, h, seed) => {
        const a = randomImage(w, h, 1, seed), b = randomImage(w, h, 1, seed + 7);
        const A = fft2(a), B = fft2(b);
        const re = A.re.map((v, i) => v * B.re[i]! - A.im[i]! * B.im[i]!);
        const im = A.re.map((v, i) => v * B.im[i]! + A.im[i]! * B.re[i]!);
        const out = ifft2({ width: w, height: h, re, im });
        const ref = circConv(a.data, b.data, w, h);
        ref.forEach((v, i) => expect(out.re[i]).toBeCloseTo(v, 8));
      }),
      { numRuns: 30 },
    );
  });
  it("obeys Parseval in 2-D: Σ I² = Σ |F|² / N", () => {
    const img = randomImage(13, 8, 1, 5);
    const F = fft2(img);
    const e1 = img.data.reduce((s, v) => s + v * v, 0);
    const e2 = F.re.reduce((s, v, i) => s + v * v + F.im[i]! * F.im[i]!, 0) / 104;
    expect(e2).toBeCloseTo(e1, 6);
  });
  it("does not modify its input and rejects a malformed spectrum", () => {
    const F = fft2(randomImage(4, 4, 1, 1));
    const copy = F.re.slice();
    ifft2(F);
    expect(F.re).toEqual(copy);
    expect(() => ifft2({ width: 2, height: 2, re: new Float64Array(3), im: new Float64Array(4) })).toThrow(/spectrum/);
  });
});
