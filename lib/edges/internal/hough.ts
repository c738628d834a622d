/** Round half to even, like cvRound/lrint. Internal. */
export function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && (r & 1) !== 0 ? r - 1 : r;
}

/** Accumulator geometry shared by houghLinesAccumulator and houghLines (OpenCV 4.x conventions). */
export interface LineAccumulator {
  numRho: number;
  numAngle: number;
  /** votes, padded by one cell on every side: index (n + 1)·(numRho + 2) + r + 1. */
  acc: Int32Array;
  /** θ of row n: fround(n·θ) as cv.HoughLines reports it. */
  thetas: Float64Array;
  /** ρ of column r. */
  rhos: Float64Array;
}

/** Vote in (ρ, θ) space for every non-zero pixel, exactly as cv.HoughLines (standard) does. Internal. */
export function voteLines(data: Float32Array, width: number, height: number, rho: number, theta: number): LineAccumulator {
  const f = Math.fround;
  const irho = f(1 / rho);
  let numAngle = Math.floor(Math.PI / theta) + 1;
  if (numAngle > 1 && Math.abs(Math.PI - (numAngle - 1) * theta) < theta / 2) numAngle--;
  const numRho = roundHalfEven(((width + height) * 2 + 1) / rho);
  const tabSin = new Float32Array(numAngle), tabCos = new Float32Array(numAngle);
  const thetas = new Float64Array(numAngle);
  let ang = 0;
  const fTheta = f(theta);
  for (let n = 0; n < numAngle; n++) {
    tabSin[n] = Math.sin(ang) * irho;
    tabCos[n] = Math.cos(ang) * irho;
    thetas[n] = f(n * fTheta);
    ang = f(ang + fTheta);
  }
  const rhos = new Float64Array(numRho);
  for (let r = 0; r < numRho; r++) rhos[r] = f(f(r - (numRho - 1) * 0.5) * f(rho));
  const stride = numRho + 2;
  const acc = new Int32Array(stride * (numAngle + 2));
  const offset = (numRho - 1) >> 1;
  for (let i = 0; i < height; i++) {
    const row = i * width;
    for (let j = 0; j < width; j++) {
      if (data[row + j] === 0) continue;
      for (let n = 0; n < numAngle; n++) {
        const r = roundHalfEven(f(f(j * tabCos[n]!) + f(i * tabSin[n]!))) + offset;
        acc[(n + 1) * stride + r + 1]++;
      }
    }
  }
  return { numRho, numAngle, acc, thetas, rhos };
}
