/**
 * Private filtering helpers for the features module (kept local so this module does not depend on
 * the filters module being finished): separable correlation with BORDER_REFLECT_101, OpenCV's
 * Sobel kernels, an unnormalised box sum, and Gaussian kernels sized like cv.GaussianBlur.
 */
function reflect101(p: number, n: number): number {
  if (n === 1) return 0;
  while (p < 0 || p >= n) p = p < 0 ? -p : 2 * n - 2 - p;
  return p;
}

/** out = kx ⊗ ky applied to a w×h single-channel array (correlation, anchor at kernel centre ⌊k/2⌋). */
export function separable(src: Float32Array, w: number, h: number, kxIn: ArrayLike<number>, kyIn: ArrayLike<number>, scale = 1): Float32Array {
  const kx = Float64Array.from(kxIn);
  const ky = Float64Array.from(kyIn);
  const nx = kx.length;
  const ny = ky.length;
  const ax = nx >> 1;
  const ay = ny >> 1;
  const tmp = new Float32Array(w * h);
  // Padded row (reflect101) so the horizontal pass has no branches.
  const pw = w + nx - 1;
  const pad = new Float32Array(pw);
  const xi = new Int32Array(pw);
  for (let i = 0; i < pw; i++) xi[i] = reflect101(i - ax, w);
  const acc = new Float64Array(w);
  for (let y = 0; y < h; y++) {
    const r = y * w;
    for (let i = 0; i < pw; i++) pad[i] = src[r + xi[i]!]!;
    acc.fill(0);
    for (let k = 0; k < nx; k++) {
      const c = kx[k]!;
      if (c === 0) continue;
      for (let x = 0; x < w; x++) acc[x] = acc[x]! + c * pad[x + k]!;
    }
    for (let x = 0; x < w; x++) tmp[r + x] = acc[x]!;
  }
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    acc.fill(0);
    for (let k = 0; k < ny; k++) {
      const c = ky[k]!;
      if (c === 0) continue;
      const rr = reflect101(y - ay + k, h) * w;
      for (let x = 0; x < w; x++) acc[x] = acc[x]! + c * tmp[rr + x]!;
    }
    const o = y * w;
    for (let x = 0; x < w; x++) out[o + x] = acc[x]! * scale;
  }
  return out;
}

/** OpenCV's Sobel first-derivative and smoothing kernels for ksize 1 (=3 without smoothing), 3, 5, 7. */
export function sobelKernels(ksize: number): { d: number[]; s: number[] } {
  switch (ksize) {
    case 1:
      return { d: [-1, 0, 1], s: [1] };
    case 3:
      return { d: [-1, 0, 1], s: [1, 2, 1] };
    case 5:
      return { d: [-1, -2, 0, 2, 1], s: [1, 4, 6, 4, 1] };
    case 7:
      return { d: [-1, -4, -5, 0, 5, 4, 1], s: [1, 6, 15, 20, 15, 6, 1] };
    default:
      throw new Error(`unsupported Sobel size ${ksize}`);
  }
}

/** Sobel dx and dy (cv.Sobel with the given ksize, scale, reflect101). */
export function sobelXY(src: Float32Array, w: number, h: number, ksize: number, scale: number): { dx: Float32Array; dy: Float32Array } {
  const { d, s } = sobelKernels(ksize);
  return { dx: separable(src, w, h, d, s, scale), dy: separable(src, w, h, s, d, scale) };
}

/** Unnormalised box sum over bs×bs with cv's anchor (⌊bs/2⌋), reflect101. */
export function boxSum(src: Float32Array, w: number, h: number, bs: number): Float32Array {
  const k = new Array<number>(bs).fill(1);
  return separable(src, w, h, k, k);
}

/** Normalised Gaussian kernel of size n (odd) and sigma, like cv.getGaussianKernel (float64). */
export function gaussianKernel(sigma: number, n = (Math.round(sigma * 4 * 2 + 1) | 1)): number[] {
  const k: number[] = [];
  let sum = 0;
  const a = (n - 1) / 2;
  for (let i = 0; i < n; i++) {
    const v = Math.exp(-((i - a) ** 2) / (2 * sigma * sigma));
    k.push(v);
    sum += v;
  }
  return k.map((v) => v / sum);
}

/** Gaussian blur of a single-channel array (kernel ±4σ like cv.GaussianBlur on float, reflect101). */
export function gaussian(src: Float32Array, w: number, h: number, sigma: number): Float32Array {
  if (sigma <= 0) return src.slice();
  const k = gaussianKernel(sigma);
  return separable(src, w, h, k, k);
}
