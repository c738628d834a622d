function contourArea(contour: contours.Point[]): number {
  const n = contour.length;
  if (n < 3) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const p = contour[i], q = contour[(i + 1) % n]; // the last point joins the first
    sum += p.x * q.y - q.x * p.y;
  }
  return Math.abs(sum) / 2;
}
