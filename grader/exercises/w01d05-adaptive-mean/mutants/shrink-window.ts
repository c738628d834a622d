// mutant: at the borders averages only the pixels inside the image (a shrinking window) instead of replicating the edge
function adaptiveMean(img: Image, blockSize: number, C: number): Image {
  const { width, height, data } = img;
  const out = core.createImage(width, height, 1);
  const r = (blockSize - 1) / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0, n = 0;
      for (let yy = Math.max(0, y - r); yy <= Math.min(height - 1, y + r); yy++) {
        for (let xx = Math.max(0, x - r); xx <= Math.min(width - 1, x + r); xx++) { sum += data[yy * width + xx]; n++; }
      }
      out.data[y * width + x] = data[y * width + x] > sum / n - C ? 1 : 0;
    }
  }
  return out;
}
