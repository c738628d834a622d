// mutant: forgets the + 1 for the first window: ⌊(n + 2p − d(k − 1) − 1)/s⌋
function convOutputSize(n: number, k: number, stride: number, padding: number, dilation: number): number {
  const span = dilation * (k - 1) + 1;
  return Math.max(0, Math.floor((n + 2 * padding - span) / stride));
}
