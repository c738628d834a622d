import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import type { Point } from "../geometry/types";

/** Result of {@link minMaxLoc}. */
export interface MinMaxLoc {
  min: number;
  max: number;
  /** First (row-major) position of the minimum. */
  minLoc: Point;
  /** First (row-major) position of the maximum. */
  maxLoc: Point;
}

/**
 * Smallest and largest values of a 1-channel image and their first positions in row-major order,
 * like `cv.minMaxLoc`. NaNs are skipped.
 * @example const { maxLoc } = minMaxLoc(matchTemplate(scene, tpl, "ccoeffNormed"));
 * @see OpenCV docs, core: minMaxLoc.
 */
export function minMaxLoc(image: Image): MinMaxLoc {
  checkImage(image, { channels: 1 }, "image");
  const { width: w, data: d } = image;
  let min = Infinity;
  let max = -Infinity;
  let minI = -1;
  let maxI = -1;
  for (let i = 0; i < d.length; i++) {
    const v = d[i]!;
    if (v < min) (min = v), (minI = i);
    if (v > max) (max = v), (maxI = i);
  }
  if (minI < 0) return { min: NaN, max: NaN, minLoc: { x: -1, y: -1 }, maxLoc: { x: -1, y: -1 } };
  return { min, max, minLoc: { x: minI % w, y: Math.floor(minI / w) }, maxLoc: { x: maxI % w, y: Math.floor(maxI / w) } };
}
