// mutant: lets a seam jump to any column of the row above (min over the whole previous row), so the "seam" is cheap but not connected
function minSeam(energy: Image): number[] {
  const { width, height, data } = energy;
  const M = new Float64Array(width * height);
  for (let x = 0; x < width; x++) M[x] = data[x];
  for (let y = 1; y < height; y++) {
    let best = Infinity;
    for (let x = 0; x < width; x++) best = Math.min(best, M[(y - 1) * width + x]);
    for (let x = 0; x < width; x++) M[y * width + x] = data[y * width + x] + best;
  }
  const seam = new Array<number>(height);
  for (let y = height - 1; y >= 0; y--) {
    let bx = 0;
    for (let x = 1; x < width; x++) if (M[y * width + x] < M[y * width + bx]) bx = x;
    seam[y] = bx;
  }
  return seam;
}
