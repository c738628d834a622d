import { checkNumber } from "../core/validate";
import { checkContour, type Point } from "./point";

/** Options of {@link approxPolyDP}. */
export interface ApproxPolyDPOptions {
  /** Largest allowed distance between the curve and its approximation, pixels. @default 2 */
  epsilon?: number;
  /** Treat the curve as closed (the last point joins the first). @default true */
  closed?: boolean;
}

/**
 * Douglas–Peucker polygon simplification, a port of OpenCV's `approxPolyDP` so the vertices are
 * the same as `cv.approxPolyDP(curve, epsilon, closed)`: for a closed curve the first split joins
 * two approximately farthest points (three rounds of "farthest from the last"), each chord is split
 * at its farthest point until every point lies within `epsilon`, and a final pass drops vertices on
 * almost straight runs. Returns a subset of the input points in order. Verified identical to
 * opencv-wasm 4.3 (open and closed) and to OpenCV 4.14's Python build for closed curves; for open
 * curves 4.14 can pick different split points.
 * @example const poly = contours.approxPolyDP(contour, { epsilon: 0.02 * contours.arcLength(contour) });
 * @see D. Douglas & T. Peucker, "Algorithms for the reduction of the number of points required to represent a digitized line", Cartographica 10(2), 1973.
 */
export function approxPolyDP(curve: readonly Point[], options: ApproxPolyDPOptions = {}): Point[] {
  const { epsilon = 2, closed = true } = options;
  checkContour(curve, "curve", 0);
  checkNumber(epsilon, "options.epsilon", { min: 0 });
  const src = curve;
  const count = src.length;
  if (count === 0) return [];
  const eps = epsilon * epsilon;
  const dst: Point[] = [];
  const stack: [number, number][] = [];
  let isClosed = closed;
  let initIters = 3;
  let startPt: Point = { x: -1000000, y: -1000000 };
  let pos = 0;
  let leEps = false;
  let rsStart = 0;
  if (!isClosed) {
    const endPt = src[0]!;
    startPt = src[count - 1]!;
    if (startPt.x !== endPt.x || startPt.y !== endPt.y) stack.push([0, count - 1]);
    else {
      isClosed = true;
      initIters = 1;
    }
  }
  if (isClosed) {
    rsStart = 0;
    for (let i = 0; i < initIters; i++) {
      let maxDist = 0;
      pos = (pos + rsStart) % count;
      startPt = src[pos]!;
      if (++pos >= count) pos = 0;
      for (let j = 1; j < count; j++) {
        const pt = src[pos]!;
        if (++pos >= count) pos = 0;
        const dx = pt.x - startPt.x, dy = pt.y - startPt.y;
        const dist = dx * dx + dy * dy;
        if (dist > maxDist) {
          maxDist = dist;
          rsStart = j;
        }
      }
      leEps = maxDist <= eps;
    }
    if (!leEps) {
      const sStart = pos % count;
      const sEnd = (rsStart + sStart) % count;
      stack.push([sEnd, sStart]);
      stack.push([sStart, sEnd]);
    } else dst.push(startPt);
  }
  while (stack.length > 0) {
    const [sStart, sEnd] = stack.pop()!;
    const endPt = src[sEnd]!;
    pos = sStart;
    startPt = src[pos]!;
    if (++pos >= count) pos = 0;
    let splitAt = 0;
    if (pos !== sEnd) {
      let maxDist = 0;
      const dx = endPt.x - startPt.x, dy = endPt.y - startPt.y;
      while (pos !== sEnd) {
        const pt = src[pos]!;
        if (++pos >= count) pos = 0;
        const dist = Math.abs((pt.y - startPt.y) * dx - (pt.x - startPt.x) * dy);
        if (dist > maxDist) {
          maxDist = dist;
          splitAt = (pos + count - 1) % count;
        }
      }
      leEps = maxDist * maxDist <= eps * (dx * dx + dy * dy);
    } else {
      leEps = true;
      startPt = src[sStart]!;
    }
    if (leEps) dst.push(startPt);
    else {
      stack.push([splitAt, sEnd]);
      stack.push([sStart, splitAt]);
    }
  }
  if (!isClosed) dst.push(src[count - 1]!);

  // clean-up: drop vertices on [almost] straight runs
  isClosed = closed;
  const n = dst.length;
  let newCount = n;
  let rpos = isClosed ? n - 1 : 0;
  const read = (): Point => {
    const p = dst[rpos]!;
    if (++rpos >= n) rpos = 0;
    return p;
  };
  startPt = read();
  let wpos = rpos;
  let pt = read();
  const skip = isClosed ? 0 : 1;
  for (let i = skip; i < n - skip && newCount > 2; i++) {
    const endPt = read();
    const dx = endPt.x - startPt.x, dy = endPt.y - startPt.y;
    const dist = Math.abs((pt.x - startPt.x) * dy - (pt.y - startPt.y) * dx);
    const inner = (pt.x - startPt.x) * (endPt.x - pt.x) + (pt.y - startPt.y) * (endPt.y - pt.y);
    if (dist * dist <= 0.5 * eps * (dx * dx + dy * dy) && dx !== 0 && dy !== 0 && inner >= 0) {
      newCount--;
      dst[wpos] = startPt = endPt;
      if (++wpos >= n) wpos = 0;
      pt = read();
      i++;
      continue;
    }
    dst[wpos] = startPt = pt;
    if (++wpos >= n) wpos = 0;
    pt = endPt;
  }
  if (!isClosed) dst[wpos] = pt;
  return dst.slice(0, newCount).map((p) => ({ x: p.x, y: p.y }));
}
