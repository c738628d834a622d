// mutant: pixels outside the image count as 0 (zero padding) instead of reflect-101
function convolve2d(img: Image, kernel: number[][]): Image {
  const { width, height } = img;
  const kh = kernel.length;
  const kw = kernel[0].length;
  const ry = (kh - 1) / 2;
  const rx = (kw - 1) / 2;
  const out = core.createImage(width, height, 1);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let j = 0; j < kh; j++) {
        for (let i = 0; i < kw; i++) {
          const sy = y - (j - ry);
          const sx = x - (i - rx);
          if (sx >= 0 && sx < width && sy >= 0 && sy < height) sum += kernel[j][i] * img.data[sy * width + sx];
        }
      }
      out.data[y * width + x] = sum;
    }
  }
  return out;
}
