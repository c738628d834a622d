import type { Image } from "./image";
import { ArgumentTypeError, describeValue } from "./errors";
import { checkImage, checkInteger } from "./validate";

/**
 * A new image filled with `fill` (default 0).
 * @example const canvas = createImage(64, 48, 3);
 */
export function createImage(width: number, height: number, channels = 1, fill = 0): Image {
  checkInteger(width, "width", { min: 1 });
  checkInteger(height, "height", { min: 1 });
  checkInteger(channels, "channels", { min: 1 });
  const data = new Float32Array(width * height * channels);
  if (fill !== 0) data.fill(fill);
  return { width, height, channels, data };
}

/**
 * Wrap existing values as an image (no copy). Throws when the length does not match.
 * @example imageFromData(2, 1, 1, new Float32Array([0, 1]))
 */
export function imageFromData(width: number, height: number, channels: number, data: Float32Array): Image {
  const image = { width, height, channels, data };
  checkImage(image, {}, "data");
  return image;
}

/** A new image with the shape of `like` (optionally another channel count), zero-filled. @example createFrom(img, { channels: 1 }) */
export function createFrom(like: Image, options: { channels?: number } = {}): Image {
  const { channels = like.channels } = options;
  return createImage(like.width, like.height, channels);
}

/** A deep copy of `image`. @example const copy = clone(img); */
export function clone(image: Image): Image {
  checkImage(image);
  return { width: image.width, height: image.height, channels: image.channels, data: image.data.slice() };
}

/**
 * Build a grey image from nested rows (handy in tests and exercises): `fromRows([[0, 1], [1, 0]])`.
 * Values are taken as they are (no scaling).
 */
export function fromRows(rows: readonly (readonly number[])[]): Image {
  if (!Array.isArray(rows) || rows.length === 0 || !Array.isArray(rows[0]) || rows[0].length === 0) {
    throw new ArgumentTypeError("rows", `expected a non-empty array of non-empty rows, got ${describeValue(rows)}`);
  }
  const height = rows.length;
  const width = rows[0].length;
  const data = new Float32Array(width * height);
  rows.forEach((row, y) => {
    if (row.length !== width) throw new ArgumentTypeError("rows", `row ${y} has ${row.length} values, expected ${width}`);
    for (let x = 0; x < width; x++) data[y * width + x] = row[x]!;
  });
  return { width, height, channels: 1, data };
}

/**
 * Convert 8-bit values (0–255, e.g. decoded PNG bytes) to a float image in [0, 1].
 * @example fromUint8(bytes, 512, 512, 3)
 */
export function fromUint8(bytes: Uint8Array | Uint8ClampedArray, width: number, height: number, channels: number): Image {
  if (!(bytes instanceof Uint8Array || bytes instanceof Uint8ClampedArray)) {
    throw new ArgumentTypeError("bytes", `expected a Uint8Array, got ${describeValue(bytes)}`);
  }
  const image = createImage(width, height, channels);
  if (bytes.length !== image.data.length) {
    throw new ArgumentTypeError("bytes", `expected ${image.data.length} bytes for ${width}×${height}×${channels}, got ${bytes.length}`);
  }
  const data = image.data;
  for (let i = 0; i < data.length; i++) data[i] = bytes[i]! / 255;
  return image;
}

/**
 * Convert a float image in [0, 1] to 8-bit values, rounding half away from zero and saturating
 * like OpenCV's `convertTo(CV_8U, 255)`.
 * @example const bytes = toUint8(img);
 */
export function toUint8(image: Image): Uint8ClampedArray {
  checkImage(image);
  const src = image.data;
  const out = new Uint8ClampedArray(src.length);
  for (let i = 0; i < src.length; i++) out[i] = Math.round(src[i]! * 255);
  return out;
}

/** Value of channel `c` at (x, y). @example getPixel(img, 0, 0, 1) is the green value of the top-left pixel. */
export function getPixel(image: Image, x: number, y: number, c = 0): number {
  checkPixelCoordinates(image, x, y, c);
  return image.data[(y * image.width + x) * image.channels + c]!;
}

/** Set channel `c` at (x, y) to `value` (in place). @example setPixel(img, 3, 4, 0, 1) */
export function setPixel(image: Image, x: number, y: number, c: number, value: number): void {
  checkPixelCoordinates(image, x, y, c);
  image.data[(y * image.width + x) * image.channels + c] = value;
}

function checkPixelCoordinates(image: Image, x: number, y: number, c: number): void {
  checkImage(image);
  checkInteger(x, "x", { min: 0, max: image.width - 1 });
  checkInteger(y, "y", { min: 0, max: image.height - 1 });
  checkInteger(c, "c", { min: 0, max: image.channels - 1 });
}
