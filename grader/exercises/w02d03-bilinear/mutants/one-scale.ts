// mutant: one scale for both axes: the y source position uses the width ratio W_s/W_d
function resizeBilinear(img: Image, width: number, height: number): Image {
  const out = core.createImage(width, height, img.channels);
  const { width: sw, height: sh, channels: cn, data } = img;
  const clamp = (v: number, n: number) => Math.min(Math.max(v, 0), n - 1);
  for (let dy = 0; dy < height; dy++) {
    const sy = (dy + 0.5) * sw / width - 0.5;
    const y0 = Math.floor(sy);
    const fy = sy - y0;
    const ya = clamp(y0, sh), yb = clamp(y0 + 1, sh);
    for (let dx = 0; dx < width; dx++) {
      const sx = (dx + 0.5) * sw / width - 0.5;
      const x0 = Math.floor(sx);
      const fx = sx - x0;
      const xa = clamp(x0, sw), xb = clamp(x0 + 1, sw);
      for (let c = 0; c < cn; c++) {
        const v00 = data[(ya * sw + xa) * cn + c], v10 = data[(ya * sw + xb) * cn + c];
        const v01 = data[(yb * sw + xa) * cn + c], v11 = data[(yb * sw + xb) * cn + c];
        out.data[(dy * width + dx) * cn + c] = (1 - fx) * (1 - fy) * v00 + fx * (1 - fy) * v10 + (1 - fx) * fy * v01 + fx * fy * v11;
      }
    }
  }
  return out;
}
