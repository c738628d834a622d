// mutant: swaps x and y (ρ = y cos θ + x sin θ), mixing up columns and rows
function houghAccumulator(binary: Image, numThetas: number): Image {
  const { width: W, height: H } = binary;
  const numRho = 2 * (W + H) + 1;
  const votes = core.createImage(numRho, numThetas, 1);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      if (binary.data[y * W + x] === 0) continue;
      for (let n = 0; n < numThetas; n++) {
        const theta = (n * Math.PI) / numThetas;
        const rho = Math.round(y * Math.cos(theta) + x * Math.sin(theta));
        votes.data[n * numRho + rho + W + H] += 1;
      }
    }
  }
  return votes;
}
