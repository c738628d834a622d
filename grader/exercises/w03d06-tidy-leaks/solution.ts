function trainLine(xs: number[], ys: number[], steps: number, learningRate: number): { w: number; b: number; losses: number[] } {
  const x = tf.tensor1d(xs);
  const y = tf.tensor1d(ys);
  // tidy frees the zero scalars the variables are made from; variables survive a tidy
  const [w, b] = tf.tidy(() => [tf.variable(tf.scalar(0)), tf.variable(tf.scalar(0))]);
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
