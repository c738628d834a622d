import type { Image } from "../core/image";
import { checkImage, checkOneOf } from "../core/validate";
import type { Point } from "./point";

/** Which contours {@link findContours} returns (cv.RETR_*). */
export const ContourMode = {
  /** Only outermost outer borders (cv.RETR_EXTERNAL). */
  external: "external",
  /** All borders, no nesting (cv.RETR_LIST). */
  list: "list",
  /** All borders with full nesting (cv.RETR_TREE). */
  tree: "tree",
} as const;
export type ContourMode = (typeof ContourMode)[keyof typeof ContourMode];

/** Options of {@link findContours}. */
export interface FindContoursOptions {
  /** Which contours, and whether nesting is recorded. @default "tree" */
  mode?: ContourMode;
}

/** `[next, previous, firstChild, parent]` indices into `contours`, −1 for none (OpenCV's hierarchy). */
export type HierarchyEntry = [next: number, previous: number, firstChild: number, parent: number];

/** Result of {@link findContours}. */
export interface FindContoursResult {
  /** Every border as its pixels in tracing order (CHAIN_APPROX_NONE). Outer borders run counter-clockwise on screen (y down), holes clockwise. */
  contours: Point[][];
  /** One entry per contour. */
  hierarchy: HierarchyEntry[];
  /** Whether each contour is a hole border (the inside of a region) rather than an outer border. */
  isHole: boolean[];
}

// direction codes 0…7: right, up-right, up, up-left, left, down-left, down, down-right (y down)
const CODE_DX = Int32Array.of(1, 1, 0, -1, -1, -1, 0, 1);
const CODE_DY = Int32Array.of(0, -1, -1, -1, 0, 1, 1, 1);

/**
 * Border following (Suzuki & Abe) on the non-zero pixels of a grey image, reproducing
 * `cv.findContours(img, mode, cv.CHAIN_APPROX_NONE)` point for point: same starting pixels, same
 * tracing direction, same contour order (OpenCV inserts each new contour as the first child of its
 * parent and lists the tree depth-first, so siblings come out in reverse scan order) and the same
 * hierarchy. Pixels on the image edge count (the image is padded with a zero frame, as OpenCV does).
 * Points are pixel centres {x, y}, see {@link Point}.
 * @example const { contours, hierarchy } = contours.findContours(mask, { mode: "tree" });
 * @see S. Suzuki & K. Abe, "Topological structural analysis of digitized binary images by border following", CVGIP 30(1), 1985.
 */
export function findContours(binary: Image, options: FindContoursOptions = {}): FindContoursResult {
  const { mode = "tree" } = options;
  checkImage(binary, { channels: 1 }, "binary");
  checkOneOf(mode, Object.values(ContourMode), "options.mode");
  const { width: w, height: h, data } = binary;
  const W = w + 2;
  // padded label image: 0 background, 1 unvisited foreground, ±(id + 2) traced by contour id (− = right
  // border). Only "tree" needs the id (to find the parent); the other modes use OpenCV's constant
  // mark ±2 in an 8-bit image, a quarter of the memory traffic.
  const img: Int32Array | Int8Array = mode === "tree" ? new Int32Array(W * (h + 2)) : new Int8Array(W * (h + 2));
  const runs = foregroundRuns(data, w, h, img, W);
  const deltas = new Int32Array(16);
  const base = [1, -W + 1, -W, -W - 1, -1, W - 1, W, W + 1];
  for (let i = 0; i < 16; i++) deltas[i] = base[i & 7]!;

  const traced: Point[][] = [];
  const holes: boolean[] = [];
  // hierarchy links per contour id: parent (−1 = frame), first child, next and previous sibling
  let parentOf: Int32Array = new Int32Array(256);
  let firstChild: Int32Array = new Int32Array(256);
  let nextOf: Int32Array = new Int32Array(256);
  let prevOf: Int32Array = new Int32Array(256);
  let frameFirst = -1;
  const external = mode === "external", tree = mode === "tree";

  // Start a contour at padded index i0 (row y, column ox) and link it as its parent's first child (OpenCV's cvInsertNodeIntoTree).
  const begin = (i0: number, ox: number, y: number, isHole: boolean, parent: number): void => {
    const id = traced.length;
    if (id === parentOf.length) {
      parentOf = grow(parentOf);
      firstChild = grow(firstChild);
      nextOf = grow(nextOf);
      prevOf = grow(prevOf);
    }
    traced.push(trace(img, i0, ox - 1, y - 1, isHole, tree ? id + 2 : 2, deltas));
    holes.push(isHole);
    const head = parent < 0 ? frameFirst : firstChild[parent]!;
    parentOf[id] = parent;
    firstChild[id] = -1;
    nextOf[id] = head;
    prevOf[id] = -1;
    if (head >= 0) prevOf[head] = id;
    if (parent < 0) frameFirst = id;
    else firstChild[parent] = id;
  };

  if (mode === "list") {
    // Only run ends can start a border in list mode (no lnbd needed): an outer border where a run
    // begins on an unvisited pixel, a hole border where it ends next to a pixel not marked as a
    // right border. Runs in raster order, exactly the events of the pixel scan below.
    const { rs, re, rowRuns } = runs;
    for (let y = 1; y <= h; y++) {
      const row = y * W;
      for (let r = rowRuns[y - 1]!, r1 = rowRuns[y]!; r < r1; r++) {
        const xs = rs[r]! + 1; // padded column of the run's first pixel
        const xe = re[r]! + 1; // padded column just after it
        if (img[row + xs] === 1) begin(row + xs, xs, y, false, -1);
        if (xe <= w && img[row + xe - 1]! >= 1) begin(row + xe - 1, xe - 1, y, true, -1);
      }
    }
  } else {
    for (let y = 1; y <= h; y++) {
      const row = y * W;
      let lnbdX = 0; // last border pixel met on this row (OpenCV's lnbd; reset to the frame each row)
      let prev = 0;
      for (let x = 1; x <= w; x++) {
        const p = img[row + x]!;
        if (p === prev) continue;
        let isHole = false;
        let start = false;
        if (prev === 0 && p === 1) start = true;
        else if (p === 0 && prev >= 1) {
          if ((prev & -2) !== 0) lnbdX = x - 1;
          isHole = true;
          start = true;
        }
        if (start && external && (isHole || img[row + lnbdX]! > 0)) start = false;
        if (!start) {
          prev = p;
          if ((prev & -2) !== 0) lnbdX = x;
          continue;
        }
        let parent = -1;
        if (tree && lnbdX > 0) {
          const lval = Math.abs(img[row + lnbdX]!);
          let par = lval >= 2 ? lval - 2 : -1;
          if (par >= 0 && holes[par] === isHole) par = parentOf[par]!;
          parent = par;
        }
        const ox = x - (isHole ? 1 : 0);
        begin(row + ox, ox, y, isHole, parent);
        lnbdX = ox;
        prev = img[row + x]!;
      }
    }
  }

  // depth-first (pre-order) listing, like cvTreeToNodeSeq
  const count = traced.length;
  const order = new Int32Array(count);
  const stack: number[] = [];
  let m = 0;
  for (let c = frameFirst; c >= 0 || stack.length > 0; ) {
    if (c < 0) c = nextOf[stack.pop()!]!;
    if (c < 0) continue;
    order[m++] = c;
    if (firstChild[c]! >= 0) {
      stack.push(c);
      c = firstChild[c]!;
    } else c = nextOf[c]!;
  }
  const rank = new Int32Array(count);
  for (let i = 0; i < count; i++) rank[order[i]!] = i;
  const map = (i: number) => (i < 0 ? -1 : rank[i]!);
  const contours: Point[][] = new Array(count);
  const hierarchy: HierarchyEntry[] = new Array(count);
  const isHole: boolean[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const c = order[i]!;
    contours[i] = traced[c]!;
    hierarchy[i] = [map(nextOf[c]!), map(prevOf[c]!), map(firstChild[c]!), map(parentOf[c]!)];
    isHole[i] = holes[c]!;
  }
  return { contours, hierarchy, isHole };
}

function grow(a: Int32Array): Int32Array {
  const g = new Int32Array(a.length * 2);
  g.set(a);
  return g;
}

/** Runs of non-zero pixels per row: row y's runs are rowRuns[y] … rowRuns[y+1]−1, run r = [rs[r], re[r]). Internal. */
interface Runs {
  rs: Int32Array;
  re: Int32Array;
  rowRuns: Int32Array;
}

/**
 * Runs of non-zero pixels of each row, read once, and set to 1 in the padded image (data row y is
 * padded row y + 1, column x is x + 1). Pixels are tested on their bit patterns (x ≠ 0 ⇔
 * bits << 1 ≠ 0; −0 is background, NaN foreground, as `x !== 0`), background two at a time
 * through a float64 view (a pair of +0 floats reads as 0).
 */
function foregroundRuns(data: Float32Array, w: number, h: number, img: Int32Array | Int8Array, W: number): Runs {
  const n = w * h;
  const bits = new Uint32Array(data.buffer, data.byteOffset, n);
  const pairs = data.byteOffset % 8 === 0 ? new Float64Array(data.buffer, data.byteOffset, n >> 1) : new Float64Array(0);
  let rs: Int32Array = new Int32Array(Math.max(64, Math.min(n, 1 << 14)));
  let re: Int32Array = new Int32Array(rs.length);
  const rowRuns = new Int32Array(h + 1);
  let nRuns = 0;
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const end = row + w;
    const qEnd = pairs.length === 0 ? 0 : end >> 1;
    const o = (y + 1) * W + 1 - row; // padded index of data index i is o + i
    let p = row;
    for (;;) {
      if ((p & 1) === 1 && p < end && bits[p]! << 1 === 0) p++;
      if ((p & 1) === 0) {
        let q = p >> 1;
        while (q < qEnd && pairs[q] === 0) q++;
        if (q << 1 > p) p = q << 1;
      }
      while (p < end && bits[p]! << 1 === 0) p++;
      if (p === end) break;
      const s = p;
      img[o + p] = 1;
      p++;
      while (p < end && bits[p]! << 1 !== 0) img[o + p++] = 1;
      if (nRuns === rs.length) {
        rs = grow(rs);
        re = grow(re);
      }
      rs[nRuns] = s - row;
      re[nRuns] = p - row;
      nRuns++;
      if (p === end) break;
    }
    rowRuns[y + 1] = nRuns;
  }
  return { rs, re, rowRuns };
}

/** OpenCV's icvFetchContour (CHAIN_APPROX_NONE) on the padded label image. Internal. */
function trace(img: Int32Array | Int8Array, i0: number, x: number, y: number, isHole: boolean, nbd: number, deltas: Int32Array): Point[] {
  const pts: Point[] = [];
  const sEnd0 = isHole ? 0 : 4;
  let s = sEnd0;
  let i1: number;
  do {
    s = (s - 1) & 7;
    i1 = i0 + deltas[s]!;
  } while (img[i1] === 0 && s !== sEnd0);
  if (s === sEnd0) {
    img[i0] = -nbd;
    pts.push({ x, y });
    return pts;
  }
  let i3 = i0;
  let i4 = i0;
  for (;;) {
    const sEnd = s;
    while (s < 15) {
      i4 = i3 + deltas[++s]!;
      if (img[i4] !== 0) break;
    }
    s &= 7;
    if (((s - 1) >>> 0) < (sEnd >>> 0)) img[i3] = -nbd;
    else if (img[i3] === 1) img[i3] = nbd;
    pts.push({ x, y });
    x += CODE_DX[s]!;
    y += CODE_DY[s]!;
    if (i4 === i0 && i3 === i1) break;
    i3 = i4;
    s = (s + 4) & 7;
  }
  return pts;
}
