import type { Image } from "../core/image";
import { ArgumentRangeError } from "../core/errors";
import { checkImage, checkNumber } from "../core/validate";
import { gaussianKernel1d, separablePair, sobelKernel1d } from "./internal/separable";

/** Options of {@link canny}. */
export interface CannyOptions {
  /** Weak threshold, in cv.Canny's units: gradient of 0–255 values (|gx|+|gy| of a 3×3 Sobel, or √(gx²+gy²) with `l2gradient`). @default 50 */
  low?: number;
  /** Strong threshold, same units. When low > high they are swapped, like cv.Canny. @default 150 */
  high?: number;
  /** Gaussian smoothing σ (pixels) applied first; 0 means none (cv.Canny itself does not smooth). @default 0 */
  sigma?: number;
  /** Use √(gx²+gy²) instead of |gx|+|gy| (cv.Canny's `L2gradient`). @default false */
  l2gradient?: boolean;
  /** Sobel aperture (cv.Canny's `apertureSize`): 3, 5 or 7. @default 3 */
  apertureSize?: 3 | 5 | 7;
}

// tan(22.5°)·2^15 rounded, as in OpenCV's canny.cpp
const TG22 = 13573;
const SHIFT = 32768;

/**
 * Canny edge detector, matching `cv.Canny(src8u, low, high, apertureSize, L2gradient)`: the input
 * (values in [0, 1]) is optionally blurred with σ, then quantised to 8-bit values round(255·v);
 * Sobel gradients with replicated borders (as cv.Canny), non-maximum suppression with OpenCV's
 * tangent sectors and tie rule, and 8-connected hysteresis. Thresholds are in the units of
 * gradients of 0–255 values, so the same numbers work here and in OpenCV.
 * Differences from OpenCV: the result is 1 on edges (not 255), 0 elsewhere.
 * @example const e = edges.canny(grey, { low: 50, high: 150 });
 * @see J. Canny, "A computational approach to edge detection", IEEE PAMI 8(6), 1986.
 */
export function canny(image: Image, options: CannyOptions = {}): Image {
  const { low: low0 = 50, high: high0 = 150, sigma = 0, l2gradient = false, apertureSize = 3 } = options;
  checkImage(image, { channels: 1 }, "image");
  checkNumber(low0, "options.low", { min: 0 });
  checkNumber(high0, "options.high", { min: 0 });
  checkNumber(sigma, "options.sigma", { min: 0 });
  if (apertureSize !== 3 && apertureSize !== 5 && apertureSize !== 7) {
    throw new ArgumentRangeError("options.apertureSize", `expected 3, 5 or 7, got ${String(apertureSize)}`);
  }
  let lowT = Math.min(low0, high0), highT = Math.max(low0, high0);
  if (l2gradient) {
    lowT = Math.min(32767, lowT);
    highT = Math.min(32767, highT);
    lowT *= lowT;
    highT *= highT;
  }
  const low = Math.floor(lowT), high = Math.floor(highT);
  const { width: w, height: h } = image;
  const n = w * h;

  // 1. optional blur, then 8-bit quantisation
  let src = image.data;
  const out = new Float32Array(n); // first the 8-bit-valued input, at the end the edge map
  const q = out;
  if (sigma > 0) {
    const k = gaussianKernel1d(sigma);
    separablePair(src, w, h, k, k, null, null, "reflect101", q, null);
    src = q;
  }
  for (let i = 0; i < n; i++) {
    const v = Math.round(src[i]! * 255);
    q[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  // 2. Sobel with replicated borders (cv.Canny's choice)
  const gx = new Float32Array(n), gy = new Float32Array(n);
  const smooth = sobelKernel1d(apertureSize, 0), deriv = sobelKernel1d(apertureSize, 1);
  separablePair(q, w, h, smooth, deriv, deriv, smooth, "replicate", gx, gy);

  // 3. magnitude in a zero-bordered buffer (stride w + 2)
  const ws = w + 2;
  const mag = new Float32Array(ws * (h + 2));
  for (let y = 0; y < h; y++) {
    const o = y * w, mo = (y + 1) * ws + 1;
    if (l2gradient) for (let x = 0; x < w; x++) { const a = gx[o + x]!, b = gy[o + x]!; mag[mo + x] = a * a + b * b; }
    else for (let x = 0; x < w; x++) mag[mo + x] = Math.abs(gx[o + x]!) + Math.abs(gy[o + x]!);
  }
  // 4. NMS into a map: 0 = weak candidate, 1 = not an edge, 2 = edge (bordered like mag)
  const map = new Uint8Array(ws * (h + 2)).fill(1);
  let stack = new Int32Array(Math.max(1024, n >> 4)); // grows when needed
  let sp = 0;
  const grow = () => {
    const bigger = new Int32Array(Math.min(n, stack.length * 2));
    bigger.set(stack);
    stack = bigger;
  };
  for (let y = 0; y < h; y++) {
    const o = y * w, mo = (y + 1) * ws + 1;
    for (let x = 0; x < w; x++) {
      const j = mo + x;
      const m = mag[j]!;
      if (m <= low) continue;
      const xs = gx[o + x]!, ys = gy[o + x]!;
      const ax = Math.abs(xs), ay = Math.abs(ys) * SHIFT;
      const tg22x = ax * TG22;
      let keep: boolean;
      if (ay < tg22x) keep = m > mag[j - 1]! && m >= mag[j + 1]!;
      else if (ay > tg22x + ax * 2 * SHIFT) keep = m > mag[j - ws]! && m >= mag[j + ws]!;
      else {
        const s = xs * ys < 0 ? -1 : 1;
        keep = m > mag[j - ws - s]! && m > mag[j + ws + s]!;
      }
      if (!keep) continue;
      if (m > high) {
        map[j] = 2;
        if (sp === stack.length) grow();
        stack[sp++] = j;
      } else map[j] = 0;
    }
  }
  // 5. hysteresis over 8-neighbours (the bordered map never holds 0 on its frame)
  while (sp > 0) {
    const j = stack[--sp]!;
    if (sp + 8 > stack.length && stack.length < n) grow();
    const a = j - ws, b = j + ws;
    if (map[a - 1] === 0) { map[a - 1] = 2; stack[sp++] = a - 1; }
    if (map[a] === 0) { map[a] = 2; stack[sp++] = a; }
    if (map[a + 1] === 0) { map[a + 1] = 2; stack[sp++] = a + 1; }
    if (map[j - 1] === 0) { map[j - 1] = 2; stack[sp++] = j - 1; }
    if (map[j + 1] === 0) { map[j + 1] = 2; stack[sp++] = j + 1; }
    if (map[b - 1] === 0) { map[b - 1] = 2; stack[sp++] = b - 1; }
    if (map[b] === 0) { map[b] = 2; stack[sp++] = b; }
    if (map[b + 1] === 0) { map[b + 1] = 2; stack[sp++] = b + 1; }
  }
  for (let y = 0; y < h; y++) {
    const o = y * w, mo = (y + 1) * ws + 1;
    for (let x = 0; x < w; x++) out[o + x] = map[mo + x] === 2 ? 1 : 0;
  }
  return { width: w, height: h, channels: 1, data: out };
}
