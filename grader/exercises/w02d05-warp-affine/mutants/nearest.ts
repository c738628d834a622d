// mutant: inverse mapping but nearest-neighbour sampling (rounds the source position) instead of bilinear
function warpAffineBilinear(img: Image, M: number[], width: number, height: number): Image {
  const [a, b, c, d, e, f] = M;
  const det = a * e - b * d;
  const i0 = e / det, i1 = -b / det, i3 = -d / det, i4 = a / det;
  const i2 = -(i0 * c + i1 * f), i5 = -(i3 * c + i4 * f);
  const { width: W, height: H, channels: C, data } = img;
  const out = core.createImage(width, height, C);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = Math.round(i0 * x + i1 * y + i2), sy = Math.round(i3 * x + i4 * y + i5);
      if (sx < 0 || sy < 0 || sx >= W || sy >= H) continue;
      for (let k = 0; k < C; k++) out.data[(y * width + x) * C + k] = data[(sy * W + sx) * C + k];
    }
  }
  return out;
}
