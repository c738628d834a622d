// mutant: the plain formula without the "no window fits" case, so it returns a negative size or 0 by accident
function convOutputSize(n: number, k: number, stride: number, padding: number, dilation: number): number {
  return Math.floor((n + 2 * padding - dilation * (k - 1) - 1) / stride) + 1;
}
