/**
 * Two-pass connected-component labelling with union–find (the SAUF scheme of K. Wu, E. Otoo &
 * K. Suzuki, "Optimizing two-pass connected-component labeling algorithms", PAA 2009 — OpenCV's
 * CCL_WU), writing provisional labels straight into the output and relabelling it in place.
 * Provisional labels are created in raster order and each set's root is its smallest label, so
 * final labels number the components in raster order of their first pixel. Internal: trusts its inputs.
 */
export function labelComponents(data: Float32Array, w: number, h: number, eight: boolean): { labels: Int32Array; count: number } {
  const labels = new Int32Array(w * h);
  const st: State = { P: new Int32Array(1024), next: 1 };
  // first row: only the left neighbour exists
  for (let x = 0; x < w; x++) {
    if (data[x] === 0) continue;
    labels[x] = x > 0 && labels[x - 1] ? labels[x - 1]! : newLabel(st);
  }
  if (eight) scan8(data, labels, w, h, st);
  else scan4(data, labels, w, h, st);
  // flatten: roots get consecutive final labels in order of their provisional label
  const P = st.P;
  let k = 1;
  for (let i = 1; i < st.next; i++) {
    if (P[i]! < i) P[i] = P[P[i]!]!;
    else P[i] = k++;
  }
  const n = w * h;
  for (let i = 0; i < n; i++) {
    const l = labels[i]!;
    if (l !== 0) labels[i] = P[l]!;
  }
  return { labels, count: k };
}

interface State {
  P: Int32Array;
  next: number;
}
function newLabel(st: State): number {
  if (st.next === st.P.length) {
    const grown = new Int32Array(st.P.length * 2);
    grown.set(st.P);
    st.P = grown;
  }
  const l = st.next++;
  st.P[l] = l;
  return l;
}

/** Rows 1…h−1, 8-connected: neighbours a (up-left), b (up), c (up-right), d (left). */
function scan8(data: Float32Array, labels: Int32Array, w: number, h: number, st: State): void {
  const last = w - 1;
  for (let y = 1; y < h; y++) {
    const row = y * w;
    const up = row - w;
    for (let x = 0; x < w; x++) {
      const i = row + x;
      if (data[i] === 0) continue;
      const b = labels[up + x]!;
      if (b !== 0) { labels[i] = b; continue; }
      const c = x < last ? labels[up + x + 1]! : 0;
      const a = x > 0 ? labels[up + x - 1]! : 0;
      const d = x > 0 ? labels[i - 1]! : 0;
      let label: number;
      if (c !== 0) {
        if (a !== 0) label = union(st.P, c, a);
        else if (d !== 0) label = union(st.P, c, d);
        else label = c;
      } else if (a !== 0) label = a;
      else if (d !== 0) label = d;
      else label = newLabel(st);
      labels[i] = label;
    }
  }
}

/** Rows 1…h−1, 4-connected: neighbours b (up) and d (left). */
function scan4(data: Float32Array, labels: Int32Array, w: number, h: number, st: State): void {
  for (let y = 1; y < h; y++) {
    const row = y * w;
    const up = row - w;
    for (let x = 0; x < w; x++) {
      const i = row + x;
      if (data[i] === 0) continue;
      const b = labels[up + x]!;
      const d = x > 0 ? labels[i - 1]! : 0;
      let label: number;
      if (b !== 0) label = d !== 0 && d !== b ? union(st.P, b, d) : b;
      else if (d !== 0) label = d;
      else label = newLabel(st);
      labels[i] = label;
    }
  }
}

function findRoot(P: Int32Array, i: number): number {
  let root = i;
  while (P[root]! < root) root = P[root]!;
  return root;
}
function setRoot(P: Int32Array, i: number, root: number): void {
  while (P[i]! < i) {
    const j = P[i]!;
    P[i] = root;
    i = j;
  }
  P[i] = root;
}
/** Merge the sets of i and j; return the new root (the smaller of the two roots). */
function union(P: Int32Array, i: number, j: number): number {
  let root = findRoot(P, i);
  if (i !== j) {
    const rj = findRoot(P, j);
    if (root > rj) root = rj;
    setRoot(P, j, root);
  }
  setRoot(P, i, root);
  return root;
}
