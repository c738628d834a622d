/**
 * The `Kernel` type shared by the linear filters.
 */
import { ArgumentRangeError, ArgumentTypeError, describeValue } from "../core/errors";

/**
 * A filter kernel: `height` rows of `width` weights, row-major (`data[row * width + col]`).
 * A 1-channel {@link Image} is a valid kernel too. The anchor (centre) is
 * (`⌊width/2⌋`, `⌊height/2⌋`); most filters require odd sizes so the centre is a pixel.
 */
export interface Kernel {
  /** Number of columns, ≥ 1. */
  readonly width: number;
  /** Number of rows, ≥ 1. */
  readonly height: number;
  /** `width * height` finite weights, row-major. */
  readonly data: ArrayLike<number>;
  /** When present (an Image passed as kernel) it must be 1. */
  readonly channels?: number;
}

/**
 * Build a kernel from nested rows: `kernelFromRows([[0, -1, 0], [-1, 4, -1], [0, -1, 0]])`.
 * @example const k = kernelFromRows([[1, 2, 1]]);
 */
export function kernelFromRows(rows: readonly (readonly number[])[]): Kernel {
  if (!Array.isArray(rows) || rows.length === 0 || !Array.isArray(rows[0]) || rows[0].length === 0) {
    throw new ArgumentTypeError("rows", `expected a non-empty array of non-empty rows, got ${describeValue(rows)}`);
  }
  const height = rows.length;
  const width = rows[0].length;
  const data = new Float64Array(width * height);
  rows.forEach((row, y) => {
    if (!Array.isArray(row) || row.length !== width) throw new ArgumentTypeError("rows", `row ${y} has ${describeValue(row)} values, expected ${width}`);
    for (let x = 0; x < width; x++) data[y * width + x] = row[x]!;
  });
  return checkKernel({ width, height, data }, "rows");
}

/** Internal: a validated kernel with its weights copied into a Float64Array. */
export interface CheckedKernel {
  readonly width: number;
  readonly height: number;
  readonly data: Float64Array;
}

/**
 * Internal: validate `kernel` (naming `argument` in errors) and return a Float64 copy.
 * `odd` requires odd width and height.
 */
export function checkKernel(kernel: unknown, argument: string, odd = false): CheckedKernel {
  if (typeof kernel !== "object" || kernel === null) {
    throw new ArgumentTypeError(argument, `expected a kernel {width, height, data}, got ${describeValue(kernel)}`);
  }
  const k = kernel as Partial<Kernel>;
  for (const key of ["width", "height"] as const) {
    const v = k[key];
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1) {
      throw new ArgumentTypeError(argument, `expected ${argument}.${key} to be a positive integer, got ${describeValue(v)}`);
    }
  }
  if (k.channels !== undefined && k.channels !== 1) {
    throw new ArgumentTypeError(argument, `a kernel image must have 1 channel, got ${describeValue(k.channels)}`);
  }
  const { width, height } = k as Kernel;
  const data = k.data;
  if (data === null || typeof data !== "object" || typeof (data as ArrayLike<number>).length !== "number") {
    throw new ArgumentTypeError(argument, `expected ${argument}.data to be an array of numbers, got ${describeValue(data)}`);
  }
  if (data.length !== width * height) {
    throw new ArgumentTypeError(argument, `${argument}.data has ${data.length} values but width×height = ${width}×${height} = ${width * height}`);
  }
  const out = new Float64Array(width * height);
  for (let i = 0; i < out.length; i++) {
    const v = data[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new ArgumentTypeError(argument, `${argument}.data[${i}] must be a finite number, got ${describeValue(v)}`);
    }
    out[i] = v;
  }
  if (odd && (width % 2 === 0 || height % 2 === 0)) {
    throw new ArgumentRangeError(argument, `expected odd kernel sizes (1, 3, 5, …) so the kernel has a centre, got ${width}×${height}`);
  }
  return { width, height, data: out };
}

/** Internal: check a 1-D kernel given as an array of numbers; returns a Float64 copy. */
export function checkKernel1d(kernel: unknown, argument: string, odd = true): Float64Array {
  if (kernel === null || typeof kernel !== "object" || typeof (kernel as ArrayLike<number>).length !== "number") {
    throw new ArgumentTypeError(argument, `expected an array of numbers, got ${describeValue(kernel)}`);
  }
  const arr = kernel as ArrayLike<unknown>;
  if (arr.length === 0) throw new ArgumentRangeError(argument, "expected at least one weight, got an empty array");
  const out = new Float64Array(arr.length);
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i];
    if (typeof v !== "number" || !Number.isFinite(v)) throw new ArgumentTypeError(argument, `${argument}[${i}] must be a finite number, got ${describeValue(v)}`);
    out[i] = v;
  }
  if (odd && out.length % 2 === 0) {
    throw new ArgumentRangeError(argument, `expected an odd number of weights (1, 3, 5, …) so the kernel has a centre, got ${out.length}`);
  }
  return out;
}
