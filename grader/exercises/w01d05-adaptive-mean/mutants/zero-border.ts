// mutant: pixels outside the image count as 0 (zero padding) instead of replicating the edge
function adaptiveMean(img: Image, blockSize: number, C: number): Image {
  const { width, height, data } = img;
  const out = core.createImage(width, height, 1);
  const r = (blockSize - 1) / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = -r; dy <= r; dy++) {
        for (let dx = -r; dx <= r; dx++) {
          const yy = y + dy, xx = x + dx;
          if (yy >= 0 && yy < height && xx >= 0 && xx < width) sum += data[yy * width + xx];
        }
      }
      out.data[y * width + x] = data[y * width + x] > sum / (blockSize * blockSize) - C ? 1 : 0;
    }
  }
  return out;
}
