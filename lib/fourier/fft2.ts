import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { transform2d } from "./internal";
import type { Spectrum } from "./spectrum";

/**
 * 2-D discrete Fourier transform of a grey image at its exact size (no zero-padding):
 * F[v, u] = Σ_y Σ_x I[y, x]·e^{−2πi(ux/W + vy/H)}, computed separably (1-D FFT of every row, then of
 * every column; {@link fft1d}: radix-2 for powers of two, Bluestein otherwise). Equal to
 * `cv.dft(img, DFT_COMPLEX_OUTPUT)` and `numpy.fft.fft2(img)`. No scaling (F[0,0] = Σ I).
 * @example const F = fourier.fft2(grey); const show = fourier.magnitudeSpectrum(F);
 * @see Szeliski 2e §3.4; Gonzalez & Woods 4e §4.5.
 */
export function fft2(image: Image): Spectrum {
  checkImage(image, { channels: 1 }, "image");
  const { width, height, data } = image;
  const re = Float64Array.from(data);
  const im = new Float64Array(width * height);
  transform2d(re, im, width, height, false);
  return { width, height, re, im };
}

