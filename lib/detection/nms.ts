import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkInteger, checkNumber } from "../core/validate";
import { checkBox, iouUnchecked } from "./iou";
import type { Box } from "./types";

/** Options of {@link nms}. */
export interface NmsOptions {
  /** Suppress a box whose IoU with an already kept, higher-scoring box is above this. @default 0.5 */
  iouThreshold?: number;
  /** Drop boxes scoring below this before suppression. @default -Infinity */
  scoreThreshold?: number;
  /** Keep at most this many boxes. @default Infinity */
  maxOutputs?: number;
}

/**
 * Greedy non-maximum suppression: visit boxes by decreasing score (ties: lower index first), keep
 * a box unless its IoU with a kept box exceeds `iouThreshold`. Returns the kept indices in that
 * order — the behaviour of `cv.dnn.NMSBoxes` (eta = 1). O(n log n + n·kept).
 * @example const keep = nms(boxes, scores, { iouThreshold: 0.3 }); const best = keep.map((i) => boxes[i]);
 * @see N. Dalal & B. Triggs, CVPR 2005 (detection fusion); Felzenszwalb et al., PAMI 2010, §5.
 */
export function nms(boxes: readonly Box[], scores: ArrayLike<number>, options: NmsOptions = {}): number[] {
  const { iouThreshold = 0.5, scoreThreshold = -Infinity, maxOutputs = Infinity } = options;
  if (!Array.isArray(boxes)) throw new ArgumentTypeError("boxes", `expected an array of boxes, got ${describeValue(boxes)}`);
  boxes.forEach((b, i) => checkBox(b, `boxes[${i}]`));
  if (scores === null || typeof scores !== "object" || typeof scores.length !== "number" || scores.length !== boxes.length) {
    throw new ArgumentTypeError("scores", `expected ${boxes.length} scores (one per box), got ${describeValue(scores)}`);
  }
  checkNumber(iouThreshold, "options.iouThreshold", { min: 0, max: 1 });
  if (scoreThreshold !== -Infinity) checkNumber(scoreThreshold, "options.scoreThreshold");
  if (maxOutputs !== Infinity) checkInteger(maxOutputs, "options.maxOutputs", { min: 0 });
  const order: number[] = [];
  for (let i = 0; i < boxes.length; i++) if (scores[i]! >= scoreThreshold) order.push(i);
  order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  const kept: number[] = [];
  for (const i of order) {
    if (kept.length >= maxOutputs) break;
    let ok = true;
    for (const k of kept) {
      if (iouUnchecked(boxes[i]!, boxes[k]!) > iouThreshold) {
        ok = false;
        break;
      }
    }
    if (ok) kept.push(i);
  }
  return kept;
}
