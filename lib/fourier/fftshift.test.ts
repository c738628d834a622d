import fc from "fast-check";
import { fromRows, randomImage } from "../core";
import { pythonOracle, type OracleArray } from "../testing/pythonOracle";
import { fft2 } from "./fft2";
import { fftshift, ifftshift } from "./fftshift";

describe("fftshift / ifftshift", () => {
  it("swaps quadrants of a 2×2 and rotates a 3-wide row by 1 (hand-checked)", () => {
    expect(Array.from(fftshift(fromRows([[1, 2], [3, 4]])).data)).toEqual([4, 3, 2, 1]);
    expect(Array.from(fftshift(fromRows([[0, 1, 2]])).data)).toEqual([2, 0, 1]);
    expect(Array.from(ifftshift(fromRows([[0, 1, 2]])).data)).toEqual([1, 2, 0]);
  });
  it("matches numpy.fft.fftshift / ifftshift on odd sizes", () => {
    const img = randomImage(5, 3, 1, 1);
    const ref = pythonOracle("result = [np.fft.fftshift(img), np.fft.ifftshift(img)]", { img }) as OracleArray[];
    expect(Array.from(fftshift(img).data)).toEqual(Array.from(ref[0]!.data).map(Math.fround));
    expect(Array.from(ifftshift(img).data)).toEqual(Array.from(ref[1]!.data).map(Math.fround));
  });
  it("ifftshift undoes fftshift for every size, for images and spectra", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), (w, h) => {
        const img = randomImage(w, h, 2, w + h);
        expect(ifftshift(fftshift(img))).toBeCloseToImage(img, 0);
        const F = fft2(randomImage(w, h, 1, 3));
        expect(ifftshift(fftshift(F)).re).toEqual(F.re);
      }),
    );
  });
  it("moves frequency 0 to the centre (⌊W/2⌋, ⌊H/2⌋)", () => {
    const F = fftshift(fft2(randomImage(6, 5, 1, 2)));
    const dc = F.re[2 * 6 + 3]!;
    expect(Math.max(...F.re.map(Math.abs))).toBeCloseTo(Math.abs(dc), 12);
  });
});
