import type { Image } from "./image";
import { ArgumentRangeError, ArgumentTypeError, describeValue } from "./errors";
import { checkImage, checkInteger } from "./validate";

/** A rectangle in pixel coordinates: top-left corner (x right, y down) and size. */
export interface CropRect {
  /** Column of the left edge, 0 ≤ x < image.width. */
  x: number;
  /** Row of the top edge, 0 ≤ y < image.height. */
  y: number;
  /** Number of columns kept, ≥ 1, x + width ≤ image.width. */
  width: number;
  /** Number of rows kept, ≥ 1, y + height ≤ image.height. */
  height: number;
}

/**
 * Copy the pixels of `rect` (all channels) into a new image: `out(x', y') = image(x + x', y + y')`.
 * Like OpenCV's `mat.roi(rect).clone()`; the rectangle must lie inside the image.
 * @example const eye = crop(img, { x: 100, y: 40, width: 64, height: 32 });
 * @see Szeliski, Computer Vision (2nd ed.), §3.6 (geometric transformations as index maps).
 */
export function crop(image: Image, rect: CropRect): Image {
  checkImage(image);
  if (typeof rect !== "object" || rect === null) {
    throw new ArgumentTypeError("rect", `expected {x, y, width, height}, got ${describeValue(rect)}`);
  }
  const { x, y, width, height } = rect;
  checkInteger(x, "rect.x", { min: 0, max: image.width - 1 });
  checkInteger(y, "rect.y", { min: 0, max: image.height - 1 });
  checkInteger(width, "rect.width", { min: 1 });
  checkInteger(height, "rect.height", { min: 1 });
  if (x + width > image.width) {
    throw new ArgumentRangeError("rect.width", `x + width = ${x + width} exceeds image.width ${image.width}`);
  }
  if (y + height > image.height) {
    throw new ArgumentRangeError("rect.height", `y + height = ${y + height} exceeds image.height ${image.height}`);
  }
  const c = image.channels;
  const src = image.data;
  const rowLen = width * c;
  const data = new Float32Array(rowLen * height);
  for (let r = 0; r < height; r++) {
    const start = ((y + r) * image.width + x) * c;
    data.set(src.subarray(start, start + rowLen), r * rowLen);
  }
  return { width, height, channels: c, data };
}
