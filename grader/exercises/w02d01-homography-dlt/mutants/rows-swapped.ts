// mutant: the two equations of a pair are mixed up (the x-equation uses v, the y-equation uses u)
function homographyDLT(pairs: geometry.PointPair[]): number[] {
  // 1. Hartley normalisation of each point set: centroid → origin, mean distance from it → √2.
  const normaliser = (pts: { x: number; y: number }[]): number[] => {
    const cx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
    const cy = pts.reduce((s, p) => s + p.y, 0) / pts.length;
    const d = pts.reduce((s, p) => s + Math.hypot(p.x - cx, p.y - cy), 0) / pts.length;
    const s = Math.SQRT2 / d;
    return [s, 0, -s * cx, 0, s, -s * cy, 0, 0, 1];
  };
  const T1 = normaliser(pairs.map((p) => p.src));
  const T2 = normaliser(pairs.map((p) => p.dst));
  // 2. Two equations per pair in h0…h7 (h8 = 1), accumulated as the normal equations (AᵀA) h = Aᵀb.
  const M = new Array(64).fill(0);
  const r = new Array(8).fill(0);
  for (const { src, dst } of pairs) {
    const x = T1[0] * src.x + T1[2], y = T1[4] * src.y + T1[5];
    const u = T2[0] * dst.x + T2[2], v = T2[4] * dst.y + T2[5];
    const eqs: [number[], number][] = [[[x, y, 1, 0, 0, 0, -v * x, -v * y], v], [[0, 0, 0, x, y, 1, -u * x, -u * y], u]];
    for (const [row, rhs] of eqs) {
      for (let i = 0; i < 8; i++) {
        r[i] += row[i] * rhs;
        for (let j = 0; j < 8; j++) M[i * 8 + j] += row[i] * row[j];
      }
    }
  }
  // 3. Gaussian elimination with partial pivoting, then back substitution.
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let i = c + 1; i < 8; i++) if (Math.abs(M[i * 8 + c]) > Math.abs(M[p * 8 + c])) p = i;
    for (let j = 0; j < 8; j++) [M[c * 8 + j], M[p * 8 + j]] = [M[p * 8 + j], M[c * 8 + j]];
    [r[c], r[p]] = [r[p], r[c]];
    for (let i = c + 1; i < 8; i++) {
      const f = M[i * 8 + c] / M[c * 8 + c];
      for (let j = c; j < 8; j++) M[i * 8 + j] -= f * M[c * 8 + j];
      r[i] -= f * r[c];
    }
  }
  const h = new Array(9).fill(0);
  h[8] = 1;
  for (let i = 7; i >= 0; i--) {
    let s = r[i];
    for (let j = i + 1; j < 8; j++) s -= M[i * 8 + j] * h[j];
    h[i] = s / M[i * 8 + i];
  }
  // 4. Undo the normalisation: H = T2⁻¹ · Hn · T1, scaled so that H[8] = 1.
  const mul = (A: number[], B: number[]) => A.map((_, k) => [0, 1, 2].reduce((s, t) => s + A[Math.floor(k / 3) * 3 + t] * B[t * 3 + (k % 3)], 0));
  const T2inv = [1 / T2[0], 0, -T2[2] / T2[0], 0, 1 / T2[4], -T2[5] / T2[4], 0, 0, 1];
  const H = mul(mul(T2inv, h), T1);
  return H.map((val) => val / H[8]);
}
