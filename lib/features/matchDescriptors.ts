import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkNumber } from "../core/validate";

/** One correspondence: descriptor `queryIndex` of `a` matches `trainIndex` of `b` (OpenCV's DMatch names). */
export interface DescriptorMatch {
  queryIndex: number;
  trainIndex: number;
  /** Euclidean distance between the two descriptors. */
  distance: number;
}

/** Options of {@link matchDescriptors}. */
export interface MatchDescriptorsOptions {
  /** Lowe's ratio test: keep a match when nearest < ratio × second nearest. 1 disables it. @default 0.8 */
  ratio?: number;
  /** Also require that a is b's nearest neighbour too (mutual nearest neighbours). @default false */
  crossCheck?: boolean;
}

function checkDescs(v: unknown, argument: string): asserts v is ArrayLike<number>[] {
  if (!Array.isArray(v)) throw new ArgumentTypeError(argument, `expected an array of descriptors, got ${describeValue(v)}`);
  const len = v[0]?.length;
  v.forEach((d, i) => {
    if (typeof d !== "object" || d === null || typeof d.length !== "number" || d.length !== len) throw new ArgumentTypeError(`${argument}[${i}]`, `expected a descriptor of length ${len}, got ${describeValue(d)}`);
  });
}

/**
 * Brute-force matching of descriptors by Euclidean distance with Lowe's ratio test (like
 * `cv.BFMatcher(NORM_L2).knnMatch(a, b, 2)` + ratio filter). O(|a|·|b|·dim). Returns matches in
 * query order.
 * @example const matches = matchDescriptors(d1, d2, { ratio: 0.75 });
 * @see D. G. Lowe, IJCV 2004, §7.1 (ratio of closest to second-closest distance).
 */
export function matchDescriptors(a: readonly ArrayLike<number>[], b: readonly ArrayLike<number>[], options: MatchDescriptorsOptions = {}): DescriptorMatch[] {
  const { ratio = 0.8, crossCheck = false } = options;
  checkDescs(a, "a");
  checkDescs(b, "b");
  if (a.length && b.length && a[0]!.length !== b[0]!.length) throw new ArgumentTypeError("b", `descriptor length ${b[0]!.length} differs from a's ${a[0]!.length}`);
  checkNumber(ratio, "options.ratio", { min: 0, max: 1 });
  const dist2 = (p: ArrayLike<number>, q: ArrayLike<number>) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const d = p[i]! - q[i]!;
      s += d * d;
    }
    return s;
  };
  const nearest = (q: ArrayLike<number>, set: readonly ArrayLike<number>[]) => {
    let b1 = -1;
    let d1 = Infinity;
    let d2 = Infinity;
    for (let j = 0; j < set.length; j++) {
      const d = dist2(q, set[j]!);
      if (d < d1) (d2 = d1), (d1 = d), (b1 = j);
      else if (d < d2) d2 = d;
    }
    return { index: b1, d1, d2 };
  };
  const out: DescriptorMatch[] = [];
  for (let i = 0; i < a.length; i++) {
    const { index, d1, d2 } = nearest(a[i]!, b);
    if (index < 0) continue;
    if (ratio < 1 && !(Math.sqrt(d1) < ratio * Math.sqrt(d2))) continue;
    if (crossCheck && nearest(b[index]!, a).index !== i) continue;
    out.push({ queryIndex: i, trainIndex: index, distance: Math.sqrt(d1) });
  }
  return out;
}
