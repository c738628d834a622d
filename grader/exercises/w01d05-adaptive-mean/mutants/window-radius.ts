// mutant: uses blockSize as the window's radius, so the window is (2·blockSize + 1)² instead of blockSize²
function adaptiveMean(img: Image, blockSize: number, C: number): Image {
  const { width, height, data } = img;
  const out = core.createImage(width, height, 1);
  const r = blockSize;
  const side = 2 * r + 1;
  const clamp = (v: number, hi: number) => (v < 0 ? 0 : v > hi ? hi : v);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = -r; dy <= r; dy++) {
        const row = clamp(y + dy, height - 1) * width;
        for (let dx = -r; dx <= r; dx++) sum += data[row + clamp(x + dx, width - 1)];
      }
      out.data[y * width + x] = data[y * width + x] > sum / (side * side) - C ? 1 : 0;
    }
  }
  return out;
}
