/** Internal (not exported from the module): the loop of OpenCV's getThreshVal_Otsu_8u. */
const FLT_EPSILON = 1.1920928955078125e-7;

/**
 * The loop shared by otsuThreshold and otsuObjective: between-class variance σ²_B(t) for each split
 * "levels ≤ t | levels > t", with OpenCV's exact arithmetic (getThreshVal_Otsu_8u), including
 * its skip of splits where a class holds less than FLT_EPSILON of the pixels (σ² left 0 there).
 */
export function otsuScan(h: Float64Array, sigma: Float64Array | undefined): number {
  let total = 0;
  for (let i = 0; i < 256; i++) total += h[i]!;
  const scale = 1 / total;
  let mu = 0;
  for (let i = 0; i < 256; i++) mu += i * h[i]!;
  mu *= scale;
  let mu1 = 0;
  let q1 = 0;
  let maxSigma = 0;
  let maxVal = 0;
  for (let i = 0; i < 256; i++) {
    const p = h[i]! * scale;
    mu1 *= q1;
    q1 += p;
    const q2 = 1 - q1;
    if (Math.min(q1, q2) < FLT_EPSILON || Math.max(q1, q2) > 1 - FLT_EPSILON) continue;
    mu1 = (mu1 + i * p) / q1;
    const mu2 = (mu - q1 * mu1) / q2;
    const s = q1 * q2 * (mu1 - mu2) * (mu1 - mu2);
    if (sigma !== undefined) sigma[i] = s;
    if (s > maxSigma) {
      maxSigma = s;
      maxVal = i;
    }
  }
  return maxVal;
}
