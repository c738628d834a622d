// mutant: spreads the angles over [0, 2π) instead of [0, π), so each line shows up at the wrong rows (and twice)
function houghAccumulator(binary: Image, numThetas: number): Image {
  const { width: W, height: H } = binary;
  const numRho = 2 * (W + H) + 1;
  const votes = core.createImage(numRho, numThetas, 1);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      if (binary.data[y * W + x] === 0) continue;
      for (let n = 0; n < numThetas; n++) {
        const theta = (2 * n * Math.PI) / numThetas;
        const rho = Math.round(x * Math.cos(theta) + y * Math.sin(theta));
        votes.data[n * numRho + rho + W + H] += 1;
      }
    }
  }
  return votes;
}
