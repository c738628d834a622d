import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import type { Spectrum } from "./spectrum";
import { checkSpectrum } from "./internal";

function shiftPlane<T extends Float32Array | Float64Array>(src: T, w: number, h: number, c: number, sx: number, sy: number): T {
  const out = new (src.constructor as { new (n: number): T })(src.length);
  for (let y = 0; y < h; y++) {
    const ty = (y + sy) % h;
    for (let x = 0; x < w; x++) {
      const tx = (x + sx) % w;
      const a = (y * w + x) * c, b = (ty * w + tx) * c;
      for (let k = 0; k < c; k++) out[b + k] = src[a + k]!;
    }
  }
  return out;
}

function shift<T extends Spectrum | Image>(input: T, inverse: boolean): T {
  if (input && (input as Spectrum).re instanceof Float64Array) {
    const s = input as Spectrum;
    checkSpectrum(s, "input");
    const sx = inverse ? Math.ceil(s.width / 2) : Math.floor(s.width / 2);
    const sy = inverse ? Math.ceil(s.height / 2) : Math.floor(s.height / 2);
    return { ...s, re: shiftPlane(s.re, s.width, s.height, 1, sx, sy), im: shiftPlane(s.im, s.width, s.height, 1, sx, sy) } as T;
  }
  checkImage(input, {}, "input");
  const img = input as Image;
  const sx = inverse ? Math.ceil(img.width / 2) : Math.floor(img.width / 2);
  const sy = inverse ? Math.ceil(img.height / 2) : Math.floor(img.height / 2);
  return { ...img, data: shiftPlane(img.data, img.width, img.height, img.channels, sx, sy) } as T;
}

/**
 * Move frequency 0 from index 0 to the centre (index ⌊W/2⌋, ⌊H/2⌋), swapping quadrants — like
 * `numpy.fft.fftshift` — for a {@link Spectrum} or an image (e.g. a magnitude). Returns a new value.
 * @example const centred = fourier.fftshift(fourier.fft2(grey));
 */
export function fftshift<T extends Spectrum | Image>(input: T): T {
  return shift(input, false);
}

/** Undo {@link fftshift} (differs from it for odd sizes), like `numpy.fft.ifftshift`. @example const F = fourier.ifftshift(centred); */
export function ifftshift<T extends Spectrum | Image>(input: T): T {
  return shift(input, true);
}
