function houghAccumulator(binary: Image, numThetas: number): Image {
  const { width: W, height: H } = binary;
  const numRho = 2 * (W + H) + 1;
  const votes = core.createImage(numRho, numThetas, 1);
  const cos: number[] = [], sin: number[] = [];
  for (let n = 0; n < numThetas; n++) {
    cos.push(Math.cos((n * Math.PI) / numThetas));
    sin.push(Math.sin((n * Math.PI) / numThetas));
  }
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      if (binary.data[y * W + x] === 0) continue;
      for (let n = 0; n < numThetas; n++) {
        const rho = Math.round(x * cos[n] + y * sin[n]);
        votes.data[n * numRho + rho + W + H] += 1;
      }
    }
  }
  return votes;
}
