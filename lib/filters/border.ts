/**
 * Border modes: how a filter reads pixels that lie outside the image.
 */
import { assertUnreachable } from "../core/errors";

/**
 * How values outside the image are made up, with OpenCV's name for each. For a row `abcdefgh`:
 * - `constant`: `iiii|abcdefgh|iiii` with `i` = `borderValue` (BORDER_CONSTANT)
 * - `replicate`: `aaaa|abcdefgh|hhhh` (BORDER_REPLICATE)
 * - `reflect`: `dcba|abcdefgh|hgfe` (BORDER_REFLECT, edge pixel repeated)
 * - `reflect101`: `edcb|abcdefgh|gfed` (BORDER_REFLECT_101 = BORDER_DEFAULT, edge pixel not repeated)
 * - `wrap`: `efgh|abcdefgh|abcd` (BORDER_WRAP, periodic)
 */
export const BorderMode = {
  constant: "constant",
  replicate: "replicate",
  reflect: "reflect",
  reflect101: "reflect101",
  wrap: "wrap",
} as const;
/** One of {@link BorderMode}'s values. */
export type BorderMode = (typeof BorderMode)[keyof typeof BorderMode];

/** All border modes, for validation with `checkOneOf`. */
export const BORDER_MODES: readonly BorderMode[] = Object.values(BorderMode);

/**
 * Index in `[0, n)` that position `i` (possibly outside `[0, n)`) reads under `mode`, or `-1` for
 * `constant` (read the border value instead). Same result as OpenCV's `cv::borderInterpolate`,
 * including offsets larger than the image (reflections repeat; a 1-pixel image reflects to 0).
 * Trusts its inputs (integers, `n ≥ 1`): it is called per row or per border pixel, not validated.
 * @example borderIndex(-1, 5, "reflect101") === 1; borderIndex(-1, 5, "reflect") === 0
 * @see OpenCV `cv::borderInterpolate` (modules/core/src/copy.cpp).
 */
export function borderIndex(i: number, n: number, mode: BorderMode): number {
  if (i >= 0 && i < n) return i;
  switch (mode) {
    case "constant":
      return -1;
    case "replicate":
      return i < 0 ? 0 : n - 1;
    case "reflect":
    case "reflect101": {
      if (n === 1) return 0;
      const delta = mode === "reflect101" ? 1 : 0;
      let p = i;
      do {
        p = p < 0 ? -p - 1 + delta : n - 1 - (p - n) - delta;
      } while (p < 0 || p >= n);
      return p;
    }
    case "wrap":
      return ((i % n) + n) % n;
    default:
      return assertUnreachable(mode, "mode");
  }
}
