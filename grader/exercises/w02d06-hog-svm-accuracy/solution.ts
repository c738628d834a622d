function classifyFaces(trainImages: Image[], trainLabels: number[], testImages: Image[]): number[] {
  // The same features for every crop: HOG with 6×6-pixel cells (4×4 cells, 3×3 blocks of 2×2 → 324 values).
  const describe = (img: Image) => features.hog(img, { cellSize: 6 });
  const model = ml.linearSvm.train(trainImages.map(describe), trainLabels, { lambda: 1e-3, epochs: 20, seed: 0 });
  const predicted = ml.linearSvm.predict(model, testImages.map(describe)); // +1 face, −1 non-face
  return Array.from(predicted, (v) => (v > 0 ? 1 : 0));
}
