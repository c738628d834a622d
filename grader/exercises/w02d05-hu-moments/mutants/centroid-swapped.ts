// mutant: centroid with x and y swapped: cx = m01/m00, cy = m10/m00
function huMoments4(img: Image): number[] {
  const { width, height, data } = img;
  // Raw moments m_pq = Σ x^p y^q I(x, y) (x = column, y = row) and the centroid.
  let m00 = 0, m10 = 0, m01 = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x];
      m00 += v; m10 += x * v; m01 += y * v;
    }
  }
  const cx = m01 / m00, cy = m10 / m00;
  // Central moments mu_pq = Σ (x − cx)^p (y − cy)^q I(x, y), orders 2 and 3.
  let mu20 = 0, mu11 = 0, mu02 = 0, mu30 = 0, mu21 = 0, mu12 = 0, mu03 = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x], dx = x - cx, dy = y - cy;
      mu20 += dx * dx * v; mu11 += dx * dy * v; mu02 += dy * dy * v;
      mu30 += dx * dx * dx * v; mu21 += dx * dx * dy * v; mu12 += dx * dy * dy * v; mu03 += dy * dy * dy * v;
    }
  }
  // Normalised: nu_pq = mu_pq / m00^(1 + (p+q)/2).
  const s2 = m00 ** 2, s3 = m00 ** 2.5;
  const n20 = mu20 / s2, n11 = mu11 / s2, n02 = mu02 / s2;
  const n30 = mu30 / s3, n21 = mu21 / s3, n12 = mu12 / s3, n03 = mu03 / s3;
  return [
    n20 + n02,
    (n20 - n02) ** 2 + 4 * n11 ** 2,
    (n30 - 3 * n12) ** 2 + (3 * n21 - n03) ** 2,
    (n30 + n12) ** 2 + (n21 + n03) ** 2,
  ];
}
