// mutant: counts the padding once (n + p) instead of on both sides (n + 2p)
function convOutputSize(n: number, k: number, stride: number, padding: number, dilation: number): number {
  const span = dilation * (k - 1) + 1;
  return Math.max(0, Math.floor((n + padding - span) / stride) + 1);
}
