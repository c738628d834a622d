function convOutputSize(n: number, k: number, stride: number, padding: number, dilation: number): number {
  const span = dilation * (k - 1) + 1;
  return Math.max(0, Math.floor((n + 2 * padding - span) / stride) + 1);
}
