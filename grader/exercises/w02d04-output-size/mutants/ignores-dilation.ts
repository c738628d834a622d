// mutant: ignores dilation: uses the kernel length k as the window's span instead of d(k − 1) + 1
function convOutputSize(n: number, k: number, stride: number, padding: number, dilation: number): number {
  return Math.max(0, Math.floor((n + 2 * padding - k) / stride) + 1);
}
