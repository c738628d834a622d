// mutant: inverts the 2×2 part but undoes the translation as −(c, f) instead of −A⁻¹·(c, f)
function warpAffineBilinear(img: Image, M: number[], width: number, height: number): Image {
  const [a, b, c, d, e, f] = M;
  const det = a * e - b * d;
  const i0 = e / det, i1 = -b / det, i3 = -d / det, i4 = a / det;
  const i2 = -c, i5 = -f;
  const { width: W, height: H, channels: C, data } = img;
  const out = core.createImage(width, height, C);
  const at = (x: number, y: number, k: number) => (x < 0 || y < 0 || x >= W || y >= H ? 0 : data[(y * W + x) * C + k]);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = i0 * x + i1 * y + i2, sy = i3 * x + i4 * y + i5;
      const x0 = Math.floor(sx), y0 = Math.floor(sy), fx = sx - x0, fy = sy - y0;
      for (let k = 0; k < C; k++) {
        const top = (1 - fx) * at(x0, y0, k) + fx * at(x0 + 1, y0, k);
        const bottom = (1 - fx) * at(x0, y0 + 1, k) + fx * at(x0 + 1, y0 + 1, k);
        out.data[(y * width + x) * C + k] = (1 - fy) * top + fy * bottom;
      }
    }
  }
  return out;
}
