/**
 * Run-based two-pass connected-component labelling with union–find over runs (the run-length
 * variant of two-pass labelling: L. He, Y. Chao & K. Suzuki, "A run-based two-scan labeling
 * algorithm", IEEE TIP 17(5), 2008). Pass 1 reads each row once, cuts it into runs of non-zero
 * pixels and unites every run with the runs of the row above that it touches; pass 2 writes one
 * final label per run. Runs are numbered in raster order and each set's root is its smallest run,
 * so final labels number the components in raster order of their first pixel — the labels of
 * OpenCV's CCL_WU. Internal: trusts its inputs.
 */
export function labelComponents(data: Float32Array, w: number, h: number, eight: boolean, out?: Int32Array): { labels: Int32Array; count: number } {
  const n = w * h;
  const labels = out ?? new Int32Array(n);
  // Test pixels on their bit patterns: x ≠ 0 as a float ⇔ (bits << 1) ≠ 0 (−0 has only the sign
  // bit; NaN counts as non-zero, as `x !== 0` does). Background is skipped two pixels at a time
  // through a float64 view: a pair reads as 0 only when both floats are +0 (anything else, −0
  // included, falls through to the per-pixel test).
  const bits = new Uint32Array(data.buffer, data.byteOffset, n);
  const pairs = data.byteOffset % 8 === 0 ? new Float64Array(data.buffer, data.byteOffset, n >> 1) : new Float64Array(0);
  let cap = Math.max(1024, Math.min(n, 1 << 16));
  let rs: Int32Array = new Int32Array(cap); // run start x
  let re: Int32Array = new Int32Array(cap); // run end x (exclusive)
  let P: Int32Array = new Int32Array(cap); // union–find parent, P[r] ≤ r
  const rowRuns = new Int32Array(h + 1); // runs of row y: rowRuns[y] … rowRuns[y + 1] − 1
  // A run above [ps, pe) touches [s, e) iff ps < e + t and pe + t > s, with t = 1 (8-connected:
  // diagonal contact counts) or 0 (4-connected).
  const t = eight ? 1 : 0;
  let nRuns = 0;
  let prevFirst = 0;
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const end = row + w;
    const qEnd = pairs.length === 0 ? 0 : end >> 1; // pairs q < qEnd lie inside the row once q ≥ p/2
    const prevEnd = nRuns; // runs of the row above: prevFirst … prevEnd − 1
    let j = prevFirst;
    let p = row;
    for (;;) {
      // background
      if ((p & 1) === 1 && p < end && bits[p]! << 1 === 0) p++;
      if ((p & 1) === 0) {
        let q = p >> 1;
        while (q < qEnd && pairs[q] === 0) q++;
        if (q << 1 > p) p = q << 1;
      }
      while (p < end && bits[p]! << 1 === 0) p++;
      if (p === end) break;
      // foreground run [s, e)
      const s = p - row;
      p++;
      while (p < end && bits[p]! << 1 !== 0) p++;
      const e = p - row;
      if (nRuns === cap) {
        cap *= 2;
        rs = grow(rs, cap);
        re = grow(re, cap);
        P = grow(P, cap);
      }
      const k = nRuns++;
      rs[k] = s;
      re[k] = e;
      // unite with the touching runs above: root = the smallest root among them, or k itself
      while (j < prevEnd && re[j]! + t <= s) j++;
      let root = k;
      for (let q = j; q < prevEnd && rs[q]! < e + t; q++) {
        let r = q;
        while (P[r]! < r) r = P[r]!;
        P[q] = r;
        if (root === k) root = r;
        else if (r < root) (P[root] = r), (root = r);
        else if (r > root) P[r] = root;
      }
      P[k] = root;
      if (p === end) break;
    }
    rowRuns[y + 1] = nRuns;
    prevFirst = prevEnd;
  }
  // Final labels: roots (P[r] = r) get 1, 2, … in run order; others take their parent's (P[r] < r).
  let count = 1;
  for (let r = 0; r < nRuns; r++) {
    const q = P[r]!;
    P[r] = q === r ? count++ : P[q]!;
  }
  // Pass 2, row by row (the row stays in cache): background (only into a reused buffer), then the runs.
  const clear = out !== undefined;
  for (let y = 0; y < h; y++) {
    const row = y * w;
    if (clear) labels.fill(0, row, row + w);
    for (let r = rowRuns[y]!, r1 = rowRuns[y + 1]!; r < r1; r++) {
      const a = row + rs[r]!;
      const b = row + re[r]!;
      const l = P[r]!;
      if (b - a > 16) labels.fill(l, a, b);
      else for (let i = a; i < b; i++) labels[i] = l;
    }
  }
  return { labels, count };
}

function grow(a: Int32Array, cap: number): Int32Array {
  const g = new Int32Array(cap);
  g.set(a);
  return g;
}
