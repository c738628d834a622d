import type { Image } from "../core/image";
import { ArgumentTypeError } from "../core/errors";
import { checkImage } from "../core/validate";
import { fft2 } from "./fft2";
import { ifftshift } from "./fftshift";
import { ifft2 } from "./ifft2";

/** Options of {@link filterFrequency}. */
export interface FilterFrequencyOptions {
  /** The mask is in the centred layout (frequency 0 in the middle, as the masks and magnitudeSpectrum use); false: unshifted layout. @default true */
  centered?: boolean;
}

/**
 * Filter a grey image in the frequency domain: real part of ifft2(fft2(image) · mask). `mask` is a
 * grey image of the same size with a (real) gain per frequency, centred by default — e.g.
 * {@link lowPassMask}. Multiplication by a mask is circular convolution in space (periodic borders).
 * @example const blurred = fourier.filterFrequency(grey, fourier.lowPassMask(grey.width, grey.height, 20));
 * @see Gonzalez & Woods 4e §4.7 (filtering in the frequency domain).
 */
export function filterFrequency(image: Image, mask: Image, options: FilterFrequencyOptions = {}): Image {
  const { centered = true } = options;
  checkImage(image, { channels: 1 }, "image");
  checkImage(mask, { channels: 1 }, "mask");
  if (mask.width !== image.width || mask.height !== image.height) {
    throw new ArgumentTypeError("mask", `must be ${image.width}×${image.height} like image, got ${mask.width}×${mask.height}`);
  }
  const F = fft2(image);
  const gain = centered ? ifftshift(mask).data : mask.data;
  for (let i = 0; i < gain.length; i++) {
    F.re[i]! *= gain[i]!;
    F.im[i]! *= gain[i]!;
  }
  return ifft2(F).image;
}
