import { ArgumentRangeError, ArgumentTypeError, describeValue } from "../core/errors";

/**
 * Validate a vertical seam for an image of width × height: one column in range per row and, when
 * `connected`, neighbouring rows at most one column apart (seams of {@link verticalSeams} in the
 * original image's coordinates may jump over pixels removed before them, so overlays skip that).
 */
export function checkSeam(seam: unknown, width: number, height: number, argument = "seam", connected = true): asserts seam is Int32Array {
  if (!(seam instanceof Int32Array) && !Array.isArray(seam)) throw new ArgumentTypeError(argument, `expected an Int32Array of x per row, got ${describeValue(seam)}`);
  const s = seam as ArrayLike<number>;
  if (s.length !== height) throw new ArgumentTypeError(argument, `expected ${height} entries (one per row), got ${s.length}`);
  for (let y = 0; y < height; y++) {
    const x = s[y]!;
    if (!Number.isInteger(x) || x < 0 || x >= width) throw new ArgumentRangeError(`${argument}[${y}]`, `expected a column in [0, ${width - 1}], got ${describeValue(x)}`);
    if (connected && y > 0 && Math.abs(x - s[y - 1]!) > 1) throw new ArgumentRangeError(`${argument}[${y}]`, `a seam moves at most one column per row; got ${s[y - 1]} then ${x}`);
  }
}
