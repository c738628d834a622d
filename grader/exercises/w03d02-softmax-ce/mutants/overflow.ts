// mutant: exponentiates the raw logits (no maximum subtracted): exp(1000) = Infinity, the loss becomes NaN
function softmaxCrossEntropy(logits: number[][], labels: number[]): { loss: number; dLogits: number[][] } {
  const n = logits.length;
  let loss = 0;
  const dLogits = logits.map((row, r) => {
    const max = 0;
    const exps = row.map((z) => Math.exp(z - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    loss += max + Math.log(sum) - row[labels[r]]; // −log softmax(z)[label] = logsumexp(z) − z[label]
    return exps.map((e, k) => (e / sum - (k === labels[r] ? 1 : 0)) / n);
  });
  return { loss: loss / n, dLogits };
}
