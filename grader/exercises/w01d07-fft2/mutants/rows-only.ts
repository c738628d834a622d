// mutant: transforms the rows only and forgets the column pass (a stack of 1-D FFTs, not a 2-D one)
/** In-place radix-2 FFT of re + i·im (length a power of two); sign −1 forward, +1 inverse (no scaling). */
function fft1d(re: Float64Array, im: Float64Array, sign: number): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) { // bit-reversal permutation
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j], re[i]];
      [im[i], im[j]] = [im[j], im[i]];
    }
  }
  for (let len = 2; len <= n; len <<= 1) { // butterflies: X_k = E_k + w^k O_k, X_{k+len/2} = E_k − w^k O_k
    const ang = (sign * 2 * Math.PI) / len;
    for (let start = 0; start < n; start += len) {
      for (let k = 0; k < len / 2; k++) {
        const wr = Math.cos(ang * k), wi = Math.sin(ang * k);
        const a = start + k, b = a + len / 2;
        const tr = re[b] * wr - im[b] * wi, ti = re[b] * wi + im[b] * wr;
        re[b] = re[a] - tr; im[b] = im[a] - ti;
        re[a] += tr; im[a] += ti;
      }
    }
  }
}

/** Transform every row, then every column, of a W×H complex array. */
function fft2d(width: number, height: number, re: Float64Array, im: Float64Array, sign: number): void {
  const rr = new Float64Array(width), ri = new Float64Array(width);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) { rr[x] = re[y * width + x]; ri[x] = im[y * width + x]; }
    fft1d(rr, ri, sign);
    for (let x = 0; x < width; x++) { re[y * width + x] = rr[x]; im[y * width + x] = ri[x]; }
  }
}

function fft2(img: Image): fourier.Spectrum {
  const width = 2 ** Math.ceil(Math.log2(img.width)), height = 2 ** Math.ceil(Math.log2(img.height));
  const re = new Float64Array(width * height), im = new Float64Array(width * height);
  for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) re[y * width + x] = img.data[y * img.width + x];
  fft2d(width, height, re, im, -1);
  return { width, height, re, im };
}

function ifft2(F: fourier.Spectrum): fourier.Spectrum {
  const { width, height } = F;
  const re = Float64Array.from(F.re), im = Float64Array.from(F.im);
  fft2d(width, height, re, im, +1);
  const n = width * height;
  for (let i = 0; i < n; i++) { re[i] /= n; im[i] /= n; }
  return { width, height, re, im };
}
