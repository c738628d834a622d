import { ArgumentTypeError, describeValue } from "../core/errors";
import type { Moments } from "./moments";

/**
 * Hu's seven moment invariants from normalised central moments, equal to `cv.HuMoments`: the
 * first six are invariant to translation, scale and rotation; the seventh changes sign under
 * reflection (it tells mirror images apart).
 * @param m moments from {@link moments}.
 * @returns `[h1, …, h7]`.
 * @example const hu = contours.huMoments(contours.moments(contour));
 * @see M.-K. Hu, "Visual pattern recognition by moment invariants", IRE Trans. Inf. Theory 8(2), 1962.
 */
export function huMoments(m: Moments): number[] {
  if (typeof m !== "object" || m === null || typeof (m as Moments).nu20 !== "number") {
    throw new ArgumentTypeError("m", `expected moments from contours.moments(), got ${describeValue(m)}`);
  }
  let t0 = m.nu30 + m.nu12;
  let t1 = m.nu21 + m.nu03;
  let q0 = t0 * t0, q1 = t1 * t1;
  const n4 = 4 * m.nu11;
  const s = m.nu20 + m.nu02;
  const d = m.nu20 - m.nu02;
  const hu = new Array<number>(7);
  hu[0] = s;
  hu[1] = d * d + n4 * m.nu11;
  hu[3] = q0 + q1;
  hu[5] = d * (q0 - q1) + n4 * t0 * t1;
  t0 *= q0 - 3 * q1;
  t1 *= 3 * q0 - q1;
  q0 = m.nu30 - 3 * m.nu12;
  q1 = 3 * m.nu21 - m.nu03;
  hu[2] = q0 * q0 + q1 * q1;
  hu[4] = q0 * t0 + q1 * t1;
  hu[6] = q1 * t0 - q0 * t1;
  return hu;
}
