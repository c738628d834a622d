import type { Image } from "../core/image";
import { checkImage, checkNumber } from "../core/validate";
import { voteLines } from "./internal/hough";

/** Options of {@link houghLinesAccumulator}. */
export interface HoughLinesAccumulatorOptions {
  /** Distance resolution ρ step, pixels. @default 1 */
  rhoRes?: number;
  /** Angle resolution θ step, radians. @default Math.PI / 180 */
  thetaRes?: number;
}

/** The (ρ, θ) vote table of {@link houghLinesAccumulator}. */
export interface HoughLinesAccumulator {
  /** Votes as a grey image: column r ↔ `rhos[r]`, row n ↔ `thetas[n]` (show it as a heatmap). Values are counts, not [0, 1]. */
  votes: Image;
  /** ρ of each column, pixels: (r − (numRho − 1)/2)·rhoRes, numRho = round((2·(width + height) + 1)/rhoRes). */
  rhos: Float64Array;
  /** θ of each row, radians in [0, π): n·thetaRes. */
  thetas: Float64Array;
}

/**
 * The Hough transform for lines: every non-zero pixel (x, y) votes once per angle θ for the
 * distance ρ = x·cos θ + y·sin θ (rounded half to even to the nearest ρ bin), with OpenCV's
 * conventions (origin at the top-left pixel's centre, y down, θ ∈ [0, π), ρ may be negative),
 * so `votes` is the accumulator cv.HoughLines builds internally.
 * @example const { votes, rhos, thetas } = edges.houghLinesAccumulator(edgeMap);
 * @see P. Hough, US patent 3069654 (1962); R. Duda & P. Hart, "Use of the Hough transformation to detect lines and curves in pictures", CACM 1972.
 */
export function houghLinesAccumulator(binary: Image, options: HoughLinesAccumulatorOptions = {}): HoughLinesAccumulator {
  const { rhoRes = 1, thetaRes = Math.PI / 180 } = options;
  checkImage(binary, { channels: 1 }, "binary");
  checkNumber(rhoRes, "options.rhoRes", { min: 0, exclusiveMin: true });
  checkNumber(thetaRes, "options.thetaRes", { min: 0, max: Math.PI, exclusiveMin: true });
  const { numRho, numAngle, acc, thetas, rhos } = voteLines(binary.data, binary.width, binary.height, rhoRes, thetaRes);
  const data = new Float32Array(numRho * numAngle);
  const stride = numRho + 2;
  for (let n = 0; n < numAngle; n++) {
    for (let r = 0; r < numRho; r++) data[n * numRho + r] = acc[(n + 1) * stride + r + 1]!;
  }
  return { votes: { width: numRho, height: numAngle, channels: 1, data }, rhos, thetas };
}
