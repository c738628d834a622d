import { assertUnreachable } from "../../core/errors";
import type { BorderMode } from "../border";

/**
 * Index of the source pixel that stands in for position `p` of a row/column of length `n`
 * (OpenCV's `borderInterpolate`); −1 means "a constant 0". Internal: trusts its inputs.
 */
export function borderIndex(p: number, n: number, mode: BorderMode): number {
  if (p >= 0 && p < n) return p;
  switch (mode) {
    case "constant":
      return -1;
    case "replicate":
      return p < 0 ? 0 : n - 1;
    case "reflect":
    case "reflect101": {
      if (n === 1) return 0;
      const delta = mode === "reflect101" ? 1 : 0;
      do {
        if (p < 0) p = -p - 1 + delta;
        else p = n - 1 - (p - n) - delta;
      } while (p < 0 || p >= n);
      return p;
    }
    default:
      return assertUnreachable(mode, "border");
  }
}
