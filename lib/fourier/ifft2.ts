import type { Image } from "../core/image";
import { transform2d } from "./internal";
import { checkSpectrum } from "./internal";
import type { Spectrum } from "./spectrum";

/** Result of {@link ifft2}: the complex values and their real part as an image. */
export interface InverseResult extends Spectrum {
  /** The real part as a grey image (values as computed, not clipped to [0, 1]). */
  image: Image;
}

/**
 * Inverse 2-D DFT with the 1/(W·H) factor, so `ifft2(fft2(img)).image` gives `img` back (to
 * rounding): I[y, x] = (1/WH)·Σ_v Σ_u F[v, u]·e^{+2πi(ux/W + vy/H)}. Like `cv.idft(F, DFT_SCALE)` /
 * `numpy.fft.ifft2`. The input is not modified.
 * @example const back = fourier.ifft2(fourier.fft2(grey)).image;
 * @see Szeliski 2e §3.4.
 */
export function ifft2(spectrum: Spectrum): InverseResult {
  checkSpectrum(spectrum, "spectrum");
  const { width, height } = spectrum;
  const re = spectrum.re.slice(), im = spectrum.im.slice();
  transform2d(re, im, width, height, true);
  return { width, height, re, im, image: { width, height, channels: 1, data: Float32Array.from(re) } };
}
