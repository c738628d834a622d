// mutant: greedy descent: starts at the cheapest top pixel and steps to the cheapest of the three below (no dynamic programme)
function minSeam(energy: Image): number[] {
  const { width, height, data } = energy;
  const seam = new Array<number>(height);
  let x = 0;
  for (let i = 1; i < width; i++) if (data[i] < data[x]) x = i;
  seam[0] = x;
  for (let y = 1; y < height; y++) {
    let best = x;
    if (x > 0 && data[y * width + x - 1] < data[y * width + best]) best = x - 1;
    if (x < width - 1 && data[y * width + x + 1] < data[y * width + best]) best = x + 1;
    seam[y] = x = best;
  }
  return seam;
}
