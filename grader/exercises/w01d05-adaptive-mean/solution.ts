function adaptiveMean(img: Image, blockSize: number, C: number): Image {
  const { width, height, data } = img;
  const out = core.createImage(width, height, 1);
  const r = (blockSize - 1) / 2;
  const area = blockSize * blockSize;
  const clamp = (v: number, hi: number) => (v < 0 ? 0 : v > hi ? hi : v); // replicate the edge
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = -r; dy <= r; dy++) {
        const row = clamp(y + dy, height - 1) * width;
        for (let dx = -r; dx <= r; dx++) sum += data[row + clamp(x + dx, width - 1)];
      }
      out.data[y * width + x] = data[y * width + x] > sum / area - C ? 1 : 0;
    }
  }
  return out;
}
