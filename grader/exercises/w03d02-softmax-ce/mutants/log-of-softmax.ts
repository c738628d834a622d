// mutant: computes log(softmax[label]) from the probabilities: exp(−800) underflows to 0 and the loss becomes Infinity
function softmaxCrossEntropy(logits: number[][], labels: number[]): { loss: number; dLogits: number[][] } {
  const n = logits.length;
  let loss = 0;
  const dLogits = logits.map((row, r) => {
    const max = Math.max(...row); // exp(z − max) ≤ 1: no overflow
    const exps = row.map((z) => Math.exp(z - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    loss += -Math.log(exps[labels[r]] / sum);
    return exps.map((e, k) => (e / sum - (k === labels[r] ? 1 : 0)) / n);
  });
  return { loss: loss / n, dLogits };
}
