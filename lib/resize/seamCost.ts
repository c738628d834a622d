import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { checkSeam } from "./_checkSeam";

/**
 * Total energy along a vertical seam: Σ_y e(seam[y], y). Validates that the seam is connected.
 * @example seamCost(e, findVerticalSeam(e))
 * @see S. Avidan & A. Shamir, SIGGRAPH 2007, §3.
 */
export function seamCost(energyMap: Image, seam: Int32Array | readonly number[]): number {
  checkImage(energyMap, { channels: 1 }, "energyMap");
  checkSeam(seam, energyMap.width, energyMap.height);
  let s = 0;
  for (let y = 0; y < energyMap.height; y++) s += energyMap.data[y * energyMap.width + seam[y]!]!;
  return s;
}
