// mutant: valid output size ⌊(n − k) / s⌋, the + 1 for the first window is missing
function conv2dFlops(inputShape: number[], filters: number, kernelSize: number, stride: number, padding: "same" | "valid"): number {
  const [height, width, channels] = inputShape;
  const out = (n: number) => (padding === "same" ? Math.ceil(n / stride) : Math.floor((n - kernelSize) / stride));
  // every output value: k·k·Cin multiplications + as many additions (the bias takes the place of the first)
  return 2 * kernelSize * kernelSize * channels * out(height) * out(width) * filters;
}
