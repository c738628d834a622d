// mutant: a plain dense network (flatten → 128 → 10): no convolutions, so no weight sharing or locality
async function trainAndPredict(trainImages: Uint8Array, trainLabels: Uint8Array, testImages: Uint8Array, callbacks?: nn.TrainCallbacks): Promise<Uint8Array> {
  const n = trainLabels.length;
  const m = testImages.length / 784;
  const toX = (bytes: Uint8Array, count: number) => tf.tensor4d(Float32Array.from(bytes, (v) => v / 255), [count, 28, 28, 1]);
  const data = { xs: toX(trainImages, n), ys: tf.oneHot(tf.tensor1d(Int32Array.from(trainLabels), "int32"), 10).toFloat() };
  const seeds = nn.seedSequence(7);
  const he = () => tf.initializers.heNormal({ seed: seeds.next() });
  const model = tf.sequential();
  model.add(tf.layers.flatten({ inputShape: [28, 28, 1] }));
  model.add(tf.layers.dense({ units: 128, activation: "relu", kernelInitializer: he() }));
  model.add(tf.layers.dense({ units: 10, kernelInitializer: tf.initializers.glorotUniform({ seed: seeds.next() }) }));
  await nn.train(model, data, { epochs: 4, batchSize: 128, learningRate: 0.002, seed: 1, callbacks });
  await nn.train(model, data, { epochs: 1, batchSize: 128, learningRate: 0.0004, seed: 5, callbacks });
  const xs = toX(testImages, m);
  const predicted = tf.tidy(() => (model.predict(xs, { batchSize: 500 }) as any).argMax(-1).dataSync());
  tf.dispose([data.xs, data.ys, xs]);
  model.dispose();
  return Uint8Array.from(predicted);
}
