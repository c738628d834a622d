// mutant: computes θ in degrees (n·180/numThetas) and passes it to Math.cos/Math.sin, which expect radians
function houghAccumulator(binary: Image, numThetas: number): Image {
  const { width: W, height: H } = binary;
  const numRho = 2 * (W + H) + 1;
  const votes = core.createImage(numRho, numThetas, 1);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      if (binary.data[y * W + x] === 0) continue;
      for (let n = 0; n < numThetas; n++) {
        const theta = (n * 180) / numThetas;
        const rho = Math.round(x * Math.cos(theta) + y * Math.sin(theta));
        votes.data[n * numRho + rho + W + H] += 1;
      }
    }
  }
  return votes;
}
