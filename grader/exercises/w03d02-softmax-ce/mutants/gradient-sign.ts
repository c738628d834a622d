// mutant: gradient one-hot − softmax (the direction of steepest ascent flipped)
function softmaxCrossEntropy(logits: number[][], labels: number[]): { loss: number; dLogits: number[][] } {
  const n = logits.length;
  let loss = 0;
  const dLogits = logits.map((row, r) => {
    const max = Math.max(...row); // exp(z − max) ≤ 1: no overflow
    const exps = row.map((z) => Math.exp(z - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    loss += max + Math.log(sum) - row[labels[r]]; // −log softmax(z)[label] = logsumexp(z) − z[label]
    return exps.map((e, k) => ((k === labels[r] ? 1 : 0) - e / sum) / n);
  });
  return { loss: loss / n, dLogits };
}
