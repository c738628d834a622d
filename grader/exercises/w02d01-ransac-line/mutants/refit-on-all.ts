// mutant: refits the final line on ALL points (outliers included) instead of the inliers of the best sample
function ransacLine(points: { x: number; y: number }[], iterations: number, threshold: number, seed: number): { line: number[]; inliers: number[] } {
  const rng = core.seededRandom(seed);
  const n = points.length;
  const inliersOf = (l: number[]) => points.map((p, i) => (Math.abs(l[0] * p.x + l[1] * p.y + l[2]) <= threshold ? i : -1)).filter((i) => i >= 0);
  // Line through two points, normal (a, b) of unit length.
  const through = (p: { x: number; y: number }, q: { x: number; y: number }) => {
    const len = Math.hypot(q.x - p.x, q.y - p.y);
    const a = -(q.y - p.y) / len, b = (q.x - p.x) / len;
    return [a, b, -(a * p.x + b * p.y)];
  };
  let best: number[] = [];
  for (let it = 0; it < iterations; it++) {
    const i = rng.int(n);
    let j = rng.int(n - 1);
    if (j >= i) j++; // two different points
    if (points[i].x === points[j].x && points[i].y === points[j].y) continue;
    const inl = inliersOf(through(points[i], points[j]));
    if (inl.length > best.length) best = inl;
  }
  // Total least squares on the best sample's inliers: through the centroid, along the principal direction.
  const pts = points; // should be best.map((i) => points[i])
  const mx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
  const my = pts.reduce((s, p) => s + p.y, 0) / pts.length;
  let sxx = 0, sxy = 0, syy = 0;
  for (const p of pts) (sxx += (p.x - mx) ** 2), (sxy += (p.x - mx) * (p.y - my)), (syy += (p.y - my) ** 2);
  const theta = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const a = -Math.sin(theta), b = Math.cos(theta);
  const line = [a, b, -(a * mx + b * my)];
  return { line: line, inliers: inliersOf(line) };
}
