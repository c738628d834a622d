// mutant: forward mapping — pushes every source pixel to round(M·p), leaving holes (and no interpolation)
function warpAffineBilinear(img: Image, M: number[], width: number, height: number): Image {
  const [a, b, c, d, e, f] = M;
  const { width: W, height: H, channels: C, data } = img;
  const out = core.createImage(width, height, C);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const dx = Math.round(a * x + b * y + c), dy = Math.round(d * x + e * y + f);
      if (dx < 0 || dy < 0 || dx >= width || dy >= height) continue;
      for (let k = 0; k < C; k++) out.data[(dy * width + dx) * C + k] = data[(y * W + x) * C + k];
    }
  }
  return out;
}
