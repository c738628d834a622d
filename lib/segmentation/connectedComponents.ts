import type { Image } from "../core/image";
import { ArgumentRangeError, ArgumentTypeError, describeValue } from "../core/errors";
import { checkImage } from "../core/validate";
import { labelComponents } from "./internal";

/** Options of {@link connectedComponents}. */
export interface ConnectedComponentsOptions {
  /** 4 (edge neighbours) or 8 (edge and corner neighbours), like cv.connectedComponents. @default 8 */
  connectivity?: 4 | 8;
  /** Int32Array of width·height to write the labels into (reused across calls; every element is overwritten); the result's `labels` is this buffer. @default a new buffer */
  out?: Int32Array;
}

/** Labels of {@link connectedComponents}. */
export interface ConnectedComponentsResult {
  /** One label per pixel, row-major (index y·width + x): 0 = background, 1…count−1 = components. */
  labels: Int32Array;
  /** Number of labels including the background (OpenCV's return value), so components = count − 1. */
  count: number;
  width: number;
  height: number;
}

/**
 * Label the connected regions of non-zero pixels of a grey image. Labels number the components in
 * raster order of their first (top-most, then left-most) pixel — the same labels as
 * `cv.connectedComponents(src, labels, connectivity, cv.CV_32S, cv.CCL_WU)`; OpenCV's default
 * algorithm (block-based) can number them differently, the partition is the same. Computed by
 * run-based two-pass labelling (union–find over the runs of non-zero pixels of each row): one read
 * of the image, one write of the labels, O(width·height).
 * @example const { labels, count } = segmentation.connectedComponents(mask);
 * @see K. Wu, E. Otoo & K. Suzuki, "Optimizing two-pass connected-component labeling algorithms", Pattern Anal. Appl. 12, 2009.
 * @see L. He, Y. Chao & K. Suzuki, "A run-based two-scan labeling algorithm", IEEE Trans. Image Process. 17(5), 2008.
 */
export function connectedComponents(binary: Image, options: ConnectedComponentsOptions = {}): ConnectedComponentsResult {
  const { connectivity = 8, out } = options;
  checkImage(binary, { channels: 1 }, "binary");
  if (connectivity !== 4 && connectivity !== 8) {
    throw new ArgumentRangeError("options.connectivity", `expected 4 or 8, got ${String(connectivity)}`);
  }
  if (out !== undefined && (!(out instanceof Int32Array) || out.length !== binary.width * binary.height)) {
    throw new ArgumentTypeError("options.out", `expected an Int32Array of length ${binary.width * binary.height}, got ${describeValue(out)}`);
  }
  const { labels, count } = labelComponents(binary.data, binary.width, binary.height, connectivity === 8, out);
  return { labels, count, width: binary.width, height: binary.height };
}
