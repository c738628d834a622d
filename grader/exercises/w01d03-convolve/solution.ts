function convolve2d(img: Image, kernel: number[][]): Image {
  const { width, height } = img;
  const kh = kernel.length;
  const kw = kernel[0].length;
  const ry = (kh - 1) / 2;
  const rx = (kw - 1) / 2;
  const reflect = (i: number, n: number): number => {
    if (n === 1) return 0;
    if (i < 0) return -i;
    if (i >= n) return 2 * n - 2 - i;
    return i;
  };
  const out = core.createImage(width, height, 1);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let j = 0; j < kh; j++) {
        const sy = reflect(y - (j - ry), height);
        for (let i = 0; i < kw; i++) {
          const sx = reflect(x - (i - rx), width);
          sum += kernel[j][i] * img.data[sy * width + sx];
        }
      }
      out.data[y * width + x] = sum;
    }
  }
  return out;
}
