// mutant: ignores the stride: output sizes as if stride were 1
function conv2dFlops(inputShape: number[], filters: number, kernelSize: number, stride: number, padding: "same" | "valid"): number {
  const [height, width, channels] = inputShape;
  const out = (n: number) => (padding === "same" ? n : n - kernelSize + 1);
  // every output value: k·k·Cin multiplications + as many additions (the bias takes the place of the first)
  return 2 * kernelSize * kernelSize * channels * out(height) * out(width) * filters;
}
