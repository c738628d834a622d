// mutant: maximises the WITHIN-class variance q1·σ1² + q2·σ2² instead of the between-class variance
function otsuThreshold(hist: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < 256; i++) total += hist[i];
  let best = -1, bestT = 0;
  for (let t = 0; t < 256; t++) {
    let n1 = 0, s1 = 0, ss1 = 0, n2 = 0, s2 = 0, ss2 = 0;
    for (let i = 0; i < 256; i++) {
      if (i <= t) { n1 += hist[i]; s1 += i * hist[i]; ss1 += i * i * hist[i]; }
      else { n2 += hist[i]; s2 += i * hist[i]; ss2 += i * i * hist[i]; }
    }
    if (n1 === 0 || n2 === 0) continue;
    const var1 = ss1 / n1 - (s1 / n1) ** 2, var2 = ss2 / n2 - (s2 / n2) ** 2;
    const within = (n1 / total) * var1 + (n2 / total) * var2;
    if (within > best) { best = within; bestT = t; }
  }
  return bestT;
}
