// mutant: disposes the variables but not the scalars they were created from (tf.variable(tf.scalar(0)) outside a tidy)
function trainLine(xs: number[], ys: number[], steps: number, learningRate: number): { w: number; b: number; losses: number[] } {
  const x = tf.tensor1d(xs);
  const y = tf.tensor1d(ys);
  const w = tf.variable(tf.scalar(0));
  const b = tf.variable(tf.scalar(0));
  const optimizer = tf.train.sgd(learningRate);
  const losses: number[] = [];
  for (let i = 0; i < steps; i++) {
    // the cost tensor minimize returns (and everything the step creates) is freed by tidy
    losses.push(tf.tidy(() => optimizer.minimize(() => w.mul(x).add(b).sub(y).square().mean() as any, true).dataSync()[0]));
  }
  const fit = { w: w.dataSync()[0], b: b.dataSync()[0], losses };
  tf.dispose([x, y, w, b]);
  optimizer.dispose();
  return fit;
}
