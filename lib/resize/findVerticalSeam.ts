import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { minSeam } from "./_seamDP";

/**
 * The minimum-cost vertical seam of an energy map: one x per row, neighbouring rows differing by
 * at most one column, minimising the summed energy. Dynamic programming, top to bottom:
 * M(x, y) = e(x, y) + min(M(x−1, y−1), M(x, y−1), M(x+1, y−1)), then backtracking from the
 * cheapest bottom pixel. **Ties are broken leftmost**, both at the bottom row and at each step
 * back up (among x−1, x, x+1 the smallest x wins on equal cost). O(width·height) time.
 * @example const seam = findVerticalSeam(energy(img)); // seam[y] = x
 * @see S. Avidan & A. Shamir, SIGGRAPH 2007, §3 (Eq. 4); Cormen et al., Introduction to Algorithms, ch. 15.
 */
export function findVerticalSeam(energyMap: Image): Int32Array {
  checkImage(energyMap, { channels: 1 }, "energyMap");
  const { width: w, height: h, data: e } = energyMap;
  return minSeam(e, w, h);
}
