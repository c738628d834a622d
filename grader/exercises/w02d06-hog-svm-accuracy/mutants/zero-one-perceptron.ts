// mutant: a hand-written perceptron fed the 0/1 labels as targets: y = 0 never updates, so every crop ends up "face"
function classifyFaces(trainImages: Image[], trainLabels: number[], testImages: Image[]): number[] {
  const describe = (img: Image) => features.hog(img, { cellSize: 6 });
  const X = trainImages.map(describe);
  const d = X[0].length;
  const w = new Float64Array(d + 1);
  const score = (x: Float32Array) => { let s = w[d]; for (let i = 0; i < d; i++) s += w[i] * x[i]; return s; };
  for (let epoch = 0; epoch < 10; epoch++) {
    X.forEach((x, k) => {
      const y = trainLabels[k]; // should be mapped to ±1
      if (y * score(x) <= 0) { for (let i = 0; i < d; i++) w[i] += y * x[i]; w[d] += y; }
    });
  }
  return testImages.map((img) => (score(describe(img)) > 0 ? 1 : 0));
}
