/** Private helpers for matrices: validation, 3×3 algebra, small linear solvers. Not exported by index. */
import { ArgumentRangeError, ArgumentTypeError, describeValue } from "../core/errors";
import type { Matrix3, MatrixLike, Point } from "./types";

/** Validate a 3×3 (or, when `allowAffine`, 2×3) matrix and return it as a 9-value Matrix3. */
export function toMatrix3(m: unknown, argument: string, allowAffine: boolean): Matrix3 {
  const ok = Array.isArray(m) || m instanceof Float64Array || m instanceof Float32Array;
  const len = ok ? (m as ArrayLike<number>).length : -1;
  if (!ok || !(len === 9 || (allowAffine && len === 6))) {
    throw new ArgumentTypeError(
      argument,
      `expected ${allowAffine ? "6 (2×3 affine) or 9 (3×3)" : "9 (3×3)"} numbers in row-major order, got ${describeValue(m)}`,
    );
  }
  const a = m as MatrixLike;
  const out: Matrix3 = [];
  for (let i = 0; i < len; i++) {
    const v = a[i];
    if (typeof v !== "number" || !Number.isFinite(v)) throw new ArgumentTypeError(argument, `entry ${i} is ${describeValue(v)}, expected a finite number`);
    out.push(v);
  }
  if (len === 6) out.push(0, 0, 1);
  return out;
}

/** Validate an array of points. */
export function checkPoints(points: unknown, argument: string, minCount = 0): asserts points is Point[] {
  if (!Array.isArray(points)) throw new ArgumentTypeError(argument, `expected an array of {x, y} points, got ${describeValue(points)}`);
  points.forEach((p, i) => {
    if (typeof p !== "object" || p === null || !Number.isFinite((p as Point).x) || !Number.isFinite((p as Point).y)) {
      throw new ArgumentTypeError(`${argument}[${i}]`, `expected a point {x, y} with finite coordinates, got ${describeValue(p)}`);
    }
  });
  if (points.length < minCount) throw new ArgumentRangeError(argument, `expected at least ${minCount} points, got ${points.length}`);
}

/** a · b for 3×3 row-major matrices. */
export function mul3(a: ArrayLike<number>, b: ArrayLike<number>): Matrix3 {
  const out: Matrix3 = new Array<number>(9).fill(0);
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) out[r * 3 + c] = a[r * 3]! * b[c]! + a[r * 3 + 1]! * b[3 + c]! + a[r * 3 + 2]! * b[6 + c]!;
  }
  return out;
}

/** Determinant of a 3×3 matrix. */
export function det3(m: ArrayLike<number>): number {
  return (
    m[0]! * (m[4]! * m[8]! - m[5]! * m[7]!) - m[1]! * (m[3]! * m[8]! - m[5]! * m[6]!) + m[2]! * (m[3]! * m[7]! - m[4]! * m[6]!)
  );
}

/** Inverse of a 3×3 matrix (adjugate / determinant), or undefined when singular. */
export function invert3(m: ArrayLike<number>): Matrix3 | undefined {
  const d = det3(m);
  if (d === 0 || !Number.isFinite(d)) return undefined;
  const [a, b, c, e, f, g, h, i, j] = [m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!, m[6]!, m[7]!, m[8]!];
  const inv = [f * j - g * i, c * i - b * j, b * g - c * f, g * h - e * j, a * j - c * h, c * e - a * g, e * i - f * h, b * h - a * i, a * f - b * e];
  return inv.map((v) => v / d);
}

/** Solve A x = b (n×n, row-major, copied) by Gaussian elimination with partial pivoting; undefined if singular. */
export function solveLinear(A: ArrayLike<number>, b: ArrayLike<number>, n: number): number[] | undefined {
  const a = Array.from(A);
  const x = Array.from(b);
  for (let col = 0; col < n; col++) {
    let piv = col;
    let best = Math.abs(a[col * n + col]!);
    for (let r = col + 1; r < n; r++) {
      const v = Math.abs(a[r * n + col]!);
      if (v > best) (best = v), (piv = r);
    }
    if (best < 1e-300) return undefined;
    if (piv !== col) {
      for (let c = 0; c < n; c++) {
        const t = a[col * n + c]!;
        a[col * n + c] = a[piv * n + c]!;
        a[piv * n + c] = t;
      }
      const t = x[col]!;
      x[col] = x[piv]!;
      x[piv] = t;
    }
    const d = a[col * n + col]!;
    for (let r = col + 1; r < n; r++) {
      const f = a[r * n + col]! / d;
      if (f === 0) continue;
      for (let c = col; c < n; c++) a[r * n + c]! -= f * a[col * n + c]!;
      x[r]! -= f * x[col]!;
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    let s = x[r]!;
    for (let c = r + 1; c < n; c++) s -= a[r * n + c]! * x[c]!;
    x[r] = s / a[r * n + r]!;
  }
  return x;
}

/**
 * Eigen-decomposition of a symmetric n×n matrix by cyclic Jacobi rotations.
 * Returns eigenvalues ascending and the matching unit eigenvectors (columns as arrays).
 */
export function symmetricEigen(S: ArrayLike<number>, n: number): { values: number[]; vectors: number[][] } {
  const a = Array.from(S);
  const v = new Array<number>(n * n).fill(0);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! * a[p * n + q]!;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const app = a[p * n + p]!;
        const aqq = a[q * n + q]!;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[i * n + i]! - a[j * n + j]!);
  return {
    values: order.map((i) => a[i * n + i]!),
    vectors: order.map((i) => Array.from({ length: n }, (_, k) => v[k * n + i]!)),
  };
}

/** Round half to even, like C's `lrint` / OpenCV's `cvRound` / `saturate_cast<int>(double)`. */
export function rint(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && (r & 1) !== 0 ? r - 1 : r;
}
