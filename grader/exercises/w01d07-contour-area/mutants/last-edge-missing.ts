// mutant: stops at the last point and forgets the closing edge from the last point back to the first
function contourArea(contour: contours.Point[]): number {
  const n = contour.length;
  if (n < 3) return 0;
  let sum = 0;
  for (let i = 0; i < n - 1; i++) {
    const p = contour[i], q = contour[i + 1];
    sum += p.x * q.y - q.x * p.y;
  }
  return Math.abs(sum) / 2;
}
