function harrisResponse(img: Image, blockSize: number, k: number): Image {
  const { width, height } = img;
  const n = width * height;
  const { gx, gy } = edges.sobel(img); // 3×3 Sobel, reflect-101 border
  const s = 1 / (4 * blockSize); // OpenCV's scaling of the derivatives
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
  const windowSum = (p: Image) => filters.boxBlur(p, { size: blockSize, normalize: false }).data;
  const a = windowSum(xx);
  const b = windowSum(xy);
  const c = windowSum(yy);
  const out = core.createImage(width, height, 1);
  for (let i = 0; i < n; i++) {
    const trace = a[i] + c[i];
    out.data[i] = a[i] * c[i] - b[i] * b[i] - k * trace * trace;
  }
  return out;
}
