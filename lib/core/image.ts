/**
 * The one image representation of the course.
 *
 * Pixels are stored row-major and interleaved: the value of channel `c` at column `x`, row `y`
 * is `data[(y * width + x) * channels + c]`. Coordinates: x grows to the right, y grows down,
 * (0, 0) is the top-left pixel. Values are floats in [0, 1] unless a function says otherwise.
 *
 * `Image` is a plain object (no methods), so it can be structured-cloned, sent to a worker or a
 * sandboxed grader process, and built by hand in a test.
 */
export interface Image {
  /** Number of columns, ≥ 1. */
  readonly width: number;
  /** Number of rows, ≥ 1. */
  readonly height: number;
  /** Values per pixel: 1 (grey), 3 (RGB) or 4 (RGBA); other counts are allowed for feature maps. */
  readonly channels: number;
  /** `width * height * channels` values, row-major, channels interleaved. */
  readonly data: Float32Array;
}

/** Channel layouts with a name. */
export const ChannelCount = { gray: 1, rgb: 3, rgba: 4 } as const;

/**
 * Index of channel `c` of pixel (x, y) in `image.data`.
 * @example `img.data[pixelIndex(img, 10, 20, 0)]` is the red value at x=10, y=20.
 */
export function pixelIndex(image: Pick<Image, "width" | "channels">, x: number, y: number, c = 0): number {
  return (y * image.width + x) * image.channels + c;
}
