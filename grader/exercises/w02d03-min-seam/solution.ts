function minSeam(energy: Image): number[] {
  const { width, height, data } = energy;
  const M = new Float64Array(width * height);
  for (let x = 0; x < width; x++) M[x] = data[x];
  for (let y = 1; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let best = M[(y - 1) * width + x];
      if (x > 0) best = Math.min(best, M[(y - 1) * width + x - 1]);
      if (x < width - 1) best = Math.min(best, M[(y - 1) * width + x + 1]);
      M[y * width + x] = data[y * width + x] + best;
    }
  }
  const seam = new Array<number>(height);
  let bx = 0;
  for (let x = 1; x < width; x++) if (M[(height - 1) * width + x] < M[(height - 1) * width + bx]) bx = x;
  seam[height - 1] = bx;
  for (let y = height - 2; y >= 0; y--) {
    const x = seam[y + 1];
    let best = x;
    if (x > 0 && M[y * width + x - 1] < M[y * width + best]) best = x - 1;
    if (x < width - 1 && M[y * width + x + 1] < M[y * width + best]) best = x + 1;
    seam[y] = best;
  }
  return seam;
}
