import type { Image } from "../core/image";
import { ArgumentTypeError } from "../core/errors";
import { checkImage } from "../core/validate";
import { fft2 } from "./fft2";
import { ifft2 } from "./ifft2";

/** Result of {@link phaseMagnitudeSwap}. */
export interface PhaseMagnitudeSwapResult {
  /** |F_a| with the phase of F_b: looks like b. */
  magnitudeAPhaseB: Image;
  /** |F_b| with the phase of F_a: looks like a. */
  magnitudeBPhaseA: Image;
}

/**
 * The phase-swap experiment: combine the Fourier magnitude of one image with the phase of the
 * other and transform back (real part). The result resembles the image whose *phase* it kept —
 * phase carries structure. Both images grey and of the same size.
 * @example const { magnitudeAPhaseB } = fourier.phaseMagnitudeSwap(raccoon, camera);
 * @see A. V. Oppenheim & J. S. Lim, "The importance of phase in signals", Proc. IEEE 69(5), 1981.
 */
export function phaseMagnitudeSwap(a: Image, b: Image): PhaseMagnitudeSwapResult {
  checkImage(a, { channels: 1 }, "a");
  checkImage(b, { channels: 1 }, "b");
  if (a.width !== b.width || a.height !== b.height) throw new ArgumentTypeError("b", `must be ${a.width}×${a.height} like a, got ${b.width}×${b.height}`);
  const A = fft2(a), B = fft2(b);
  const combine = (mag: typeof A, phase: typeof A) => {
    const re = new Float64Array(mag.re.length), im = new Float64Array(mag.re.length);
    for (let i = 0; i < re.length; i++) {
      const m = Math.hypot(mag.re[i]!, mag.im[i]!);
      const p = Math.atan2(phase.im[i]!, phase.re[i]!);
      re[i] = m * Math.cos(p);
      im[i] = m * Math.sin(p);
    }
    return ifft2({ width: a.width, height: a.height, re, im }).image;
  };
  return { magnitudeAPhaseB: combine(A, B), magnitudeBPhaseA: combine(B, A) };
}
