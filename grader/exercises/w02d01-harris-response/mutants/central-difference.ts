// mutant: plain central differences (I(x+1) − I(x−1)) instead of the 3×3 Sobel (no smoothing across the edge)
function harrisResponse(img: Image, blockSize: number, k: number): Image {
  const { width, height } = img;
  const n = width * height;
  const { gx, gy } = edges.sobel(img, { ksize: 1 });
  const s = 1 / (4 * blockSize);
  const xx = core.createImage(width, height, 1);
  const xy = core.createImage(width, height, 1);
  const yy = core.createImage(width, height, 1);
  for (let i = 0; i < n; i++) {
    const ix = gx.data[i] * 4 * s;
    const iy = gy.data[i] * 4 * s;
    xx.data[i] = ix * ix;
    xy.data[i] = ix * iy;
    yy.data[i] = iy * iy;
  }
  const windowSum = (p: Image) => filters.boxBlur(p, { size: blockSize, normalize: false }).data;
  const [a, b, c] = [windowSum(xx), windowSum(xy), windowSum(yy)];
  const out = core.createImage(width, height, 1);
  for (let i = 0; i < n; i++) out.data[i] = a[i] * c[i] - b[i] * b[i] - k * (a[i] + c[i]) ** 2;
  return out;
}
