// mutant: forgets the window sum, so M is built from one pixel's gradients (det M = 0 everywhere)
function harrisResponse(img: Image, blockSize: number, k: number): Image {
  const { width, height } = img;
  const { gx, gy } = edges.sobel(img);
  const s = 1 / (4 * blockSize);
  const out = core.createImage(width, height, 1);
  for (let i = 0; i < width * height; i++) {
    const a = (gx.data[i] * s) ** 2;
    const c = (gy.data[i] * s) ** 2;
    const b = gx.data[i] * s * gy.data[i] * s;
    out.data[i] = a * c - b * b - k * (a + c) * (a + c);
  }
  return out;
}
