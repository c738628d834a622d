function otsuThreshold(hist: ArrayLike<number>): number {
  let total = 0;
  let sumAll = 0;
  for (let i = 0; i < 256; i++) {
    total += hist[i];
    sumAll += i * hist[i];
  }
  let n1 = 0, sum1 = 0, best = 0, bestT = 0;
  for (let t = 0; t < 256; t++) {
    n1 += hist[t]; // class 1 = levels 0…t
    sum1 += t * hist[t];
    const n2 = total - n1;
    if (n1 === 0 || n2 === 0) continue; // one class empty: not a split
    const mu1 = sum1 / n1, mu2 = (sumAll - sum1) / n2;
    const between = (n1 / total) * (n2 / total) * (mu1 - mu2) ** 2;
    if (between > best) { best = between; bestT = t; }
  }
  return bestT;
}
