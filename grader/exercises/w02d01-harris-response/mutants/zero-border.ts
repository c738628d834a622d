// mutant: pads with zeros (constant border) instead of reflect-101, in the Sobel and in the window sums
function harrisResponse(img: Image, blockSize: number, k: number): Image {
  const { width, height } = img;
  const n = width * height;
  const { gx, gy } = edges.sobel(img, { border: "constant" });
  const s = 1 / (4 * blockSize);
  const xx = core.createImage(width, height, 1);
  const xy = core.createImage(width, height, 1);
  const yy = core.createImage(width, height, 1);
  for (let i = 0; i < n; i++) {
    const ix = gx.data[i] * s;
    const iy = gy.data[i] * s;
    xx.data[i] = ix * ix;
    xy.data[i] = ix * iy;
    yy.data[i] = iy * iy;
  }
  const windowSum = (p: Image) => filters.boxBlur(p, { size: blockSize, normalize: false, border: "constant" }).data;
  const [a, b, c] = [windowSum(xx), windowSum(xy), windowSum(yy)];
  const out = core.createImage(width, height, 1);
  for (let i = 0; i < n; i++) out.data[i] = a[i] * c[i] - b[i] * b[i] - k * (a[i] + c[i]) ** 2;
  return out;
}
