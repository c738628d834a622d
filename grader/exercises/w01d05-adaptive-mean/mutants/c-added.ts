// mutant: adds C to the mean instead of subtracting it (v > mean + C)
function adaptiveMean(img: Image, blockSize: number, C: number): Image {
  const { width, height, data } = img;
  const out = core.createImage(width, height, 1);
  const r = (blockSize - 1) / 2;
  const clamp = (v: number, hi: number) => (v < 0 ? 0 : v > hi ? hi : v);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = -r; dy <= r; dy++) {
        const row = clamp(y + dy, height - 1) * width;
        for (let dx = -r; dx <= r; dx++) sum += data[row + clamp(x + dx, width - 1)];
      }
      out.data[y * width + x] = data[y * width + x] > sum / (blockSize * blockSize) + C ? 1 : 0;
    }
  }
  return out;
}
