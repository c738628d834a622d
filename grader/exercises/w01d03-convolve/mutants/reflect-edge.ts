// mutant: BORDER_REFLECT (edge pixel repeated: −1 → 0, n → n − 1) instead of reflect-101 (−1 → 1, n → n − 2)
function convolve2d(img: Image, kernel: number[][]): Image {
  const { width, height } = img;
  const kh = kernel.length;
  const kw = kernel[0].length;
  const ry = (kh - 1) / 2;
  const rx = (kw - 1) / 2;
  const reflect = (i: number, n: number): number => (i < 0 ? -i - 1 : i >= n ? 2 * n - 1 - i : i);
  const out = core.createImage(width, height, 1);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let j = 0; j < kh; j++) {
        for (let i = 0; i < kw; i++) sum += kernel[j][i] * img.data[reflect(y - (j - ry), height) * width + reflect(x - (i - rx), width)];
      }
      out.data[y * width + x] = sum;
    }
  }
  return out;
}
