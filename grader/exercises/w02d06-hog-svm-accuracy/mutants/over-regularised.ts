// mutant: regularisation far too strong (λ = 1): the margin term swamps the data and the SVM underfits
function classifyFaces(trainImages: Image[], trainLabels: number[], testImages: Image[]): number[] {
  const describe = (img: Image) => features.hog(img, { cellSize: 6 });
  const model = ml.linearSvm.train(trainImages.map(describe), trainLabels, { lambda: 1, epochs: 20, seed: 0 });
  const predicted = ml.linearSvm.predict(model, testImages.map(describe));
  return Array.from(predicted, (v) => (v > 0 ? 1 : 0));
}
