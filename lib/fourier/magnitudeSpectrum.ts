import type { Image } from "../core/image";
import { fftshift } from "./fftshift";
import { checkSpectrum } from "./internal";
import type { Spectrum } from "./spectrum";

/** Options of {@link magnitudeSpectrum}. */
export interface MagnitudeSpectrumOptions {
  /** Show log(1 + |F|) instead of |F| (the dynamic range of |F| is huge). @default true */
  log?: boolean;
  /** Move frequency 0 to the centre ({@link fftshift}). @default true */
  shift?: boolean;
  /** Rescale to [0, 1] by the maximum for display. @default true */
  normalize?: boolean;
}

/**
 * |F| of a spectrum as a grey image for display: by default log(1 + |F|), centred and divided by its
 * maximum so values lie in [0, 1].
 * @example display(fourier.magnitudeSpectrum(fourier.fft2(grey)));
 * @see Gonzalez & Woods 4e §4.6 (displaying spectra).
 */
export function magnitudeSpectrum(spectrum: Spectrum, options: MagnitudeSpectrumOptions = {}): Image {
  const { log = true, shift = true, normalize = true } = options;
  checkSpectrum(spectrum, "spectrum");
  const { width, height, re, im } = spectrum;
  const n = width * height;
  const data = new Float32Array(n);
  let max = 0;
  for (let i = 0; i < n; i++) {
    const m = Math.hypot(re[i]!, im[i]!);
    const v = log ? Math.log1p(m) : m;
    data[i] = v;
    if (v > max) max = v;
  }
  if (normalize && max > 0) for (let i = 0; i < n; i++) data[i] = data[i]! / max;
  const img: Image = { width, height, channels: 1, data };
  return shift ? fftshift(img) : img;
}
