import { checkOneOf } from "../core/validate";
import type { Kernel } from "./kernel";

/** Neighbourhoods of {@link laplacianKernel}. */
export const LaplacianNeighbours = { four: "four", eight: "eight" } as const;
/** One of {@link LaplacianNeighbours}' values. */
export type LaplacianNeighbours = (typeof LaplacianNeighbours)[keyof typeof LaplacianNeighbours];

/**
 * The 3×3 discrete Laplacian ∂²/∂x² + ∂²/∂y²: `"four"` = [[0,1,0],[1,−4,1],[0,1,0]] (the kernel
 * `cv.Laplacian` uses with ksize 1), `"eight"` = [[1,1,1],[1,−8,1],[1,1,1]] (adds the diagonals).
 * Symmetric, so convolution and correlation agree. Use with {@link convolve2d}.
 * @example const lap = convolve2d(img, laplacianKernel());
 * @see Gonzalez & Woods (4th ed.) §3.6, Fig. 3.45; OpenCV `cv::Laplacian`.
 */
export function laplacianKernel(neighbours: LaplacianNeighbours = "four"): Kernel {
  checkOneOf(neighbours, Object.values(LaplacianNeighbours), "neighbours");
  const data = neighbours === "four" ? [0, 1, 0, 1, -4, 1, 0, 1, 0] : [1, 1, 1, 1, -8, 1, 1, 1, 1];
  return { width: 3, height: 3, data: Float64Array.from(data) };
}
