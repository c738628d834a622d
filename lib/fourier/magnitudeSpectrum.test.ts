import { createImage, randomImage } from "../core";
import { fft2 } from "./fft2";
import { magnitudeSpectrum } from "./magnitudeSpectrum";

describe("magnitudeSpectrum", () => {
  it("shows a constant image as a single bright dot at the centre", () => {
    const m = magnitudeSpectrum(fft2(createImage(4, 4, 1, 0.5)));
    const expected = new Array(16).fill(0);
    expected[2 * 4 + 2] = 1;
    expect(Array.from(m.data)).toEqual(expected);
  });
  it("gives |F| unshifted, unscaled when asked (|F[0,0]| = Σ I)", () => {
    const img = randomImage(5, 4, 1, 1);
    const m = magnitudeSpectrum(fft2(img), { log: false, shift: false, normalize: false });
    expect(m.data[0]).toBeCloseTo(img.data.reduce((s, v) => s + v, 0), 4);
  });
  it("stays within [0, 1] by default", () => {
    const m = magnitudeSpectrum(fft2(randomImage(9, 7, 1, 2)));
    expect(Math.max(...m.data)).toBeCloseTo(1, 6);
    expect(Math.min(...m.data)).toBeGreaterThanOrEqual(0);
  });
});
