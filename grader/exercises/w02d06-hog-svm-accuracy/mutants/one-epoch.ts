// mutant: stops stochastic training after a single pass over the data (under-trained)
function classifyFaces(trainImages: Image[], trainLabels: number[], testImages: Image[]): number[] {
  const describe = (img: Image) => features.hog(img, { cellSize: 6 });
  const model = ml.linearSvm.train(trainImages.map(describe), trainLabels, { lambda: 1e-3, epochs: 1, seed: 0 });
  const predicted = ml.linearSvm.predict(model, testImages.map(describe));
  return Array.from(predicted, (v) => (v > 0 ? 1 : 0));
}
