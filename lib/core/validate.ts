import type { Image } from "./image";
import { ArgumentRangeError, ArgumentTypeError, describeValue } from "./errors";

/** What `checkImage` requires of an image besides being well formed. */
export interface ImageRequirements {
  /** Allowed channel counts, e.g. `1` or `[3, 4]`. @default any */
  channels?: number | readonly number[];
  /** Minimum width and height. @default 1 */
  minSize?: number;
}

const conversionHint: Record<number, string> = {
  1: "convert with color.rgbToGray()",
  3: "convert with color.grayToRgb() (or drop alpha with core.dropAlpha())",
};

/**
 * Check that `image` is a well-formed {@link Image} and meets `requirements`; throw a typed error
 * naming `argument` otherwise. Call it once at the public boundary, never inside pixel loops.
 * @example checkImage(img, { channels: 1 }, "image");
 */
export function checkImage(image: unknown, requirements: ImageRequirements = {}, argument = "image"): asserts image is Image {
  const { channels, minSize = 1 } = requirements;
  if (typeof image !== "object" || image === null) {
    throw new ArgumentTypeError(argument, `expected an Image {width, height, channels, data}, got ${describeValue(image)}`);
  }
  const img = image as Partial<Image>;
  if (!(img.data instanceof Float32Array)) {
    throw new ArgumentTypeError(
      argument,
      `expected image.data to be a Float32Array, got ${describeValue(img.data)}; build images with core.createImage() or core.fromUint8()`,
    );
  }
  for (const key of ["width", "height", "channels"] as const) {
    const v = img[key];
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1) {
      throw new ArgumentTypeError(argument, `expected image.${key} to be a positive integer, got ${describeValue(v)}`);
    }
  }
  const { width, height, channels: c } = img as Image;
  if (img.data.length !== width * height * c) {
    throw new ArgumentTypeError(
      argument,
      `image.data has ${img.data.length} values but width×height×channels = ${width}×${height}×${c} = ${width * height * c}`,
    );
  }
  if (width < minSize || height < minSize) {
    throw new ArgumentRangeError(argument, `image must be at least ${minSize}×${minSize} pixels, got ${width}×${height}`);
  }
  if (channels !== undefined) {
    const allowed = typeof channels === "number" ? [channels] : channels;
    if (!allowed.includes(c)) {
      const want = allowed.join(" or ");
      const hint = allowed.length === 1 && conversionHint[allowed[0]!] ? `; ${conversionHint[allowed[0]!]}` : "";
      throw new ArgumentTypeError(argument, `image must have ${want} channel${allowed.length === 1 && allowed[0] === 1 ? "" : "s"}, got ${c}${hint}`);
    }
  }
}

/** Check a finite number, optionally within [min, max]. @example checkNumber(sigma, "sigma", { min: 0, exclusiveMin: true }) */
export function checkNumber(
  value: unknown,
  argument: string,
  range: { min?: number; max?: number; exclusiveMin?: boolean; exclusiveMax?: boolean } = {},
): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new ArgumentTypeError(argument, `expected a finite number, got ${describeValue(value)}`);
  }
  const { min, max, exclusiveMin = false, exclusiveMax = false } = range;
  if (min !== undefined && (exclusiveMin ? value <= min : value < min)) {
    throw new ArgumentRangeError(argument, `expected a number ${exclusiveMin ? ">" : "≥"} ${min}, got ${value}`);
  }
  if (max !== undefined && (exclusiveMax ? value >= max : value > max)) {
    throw new ArgumentRangeError(argument, `expected a number ${exclusiveMax ? "<" : "≤"} ${max}, got ${value}`);
  }
}

/** Check an integer within [min, max]. @example checkInteger(levels, "levels", { min: 1 }) */
export function checkInteger(value: unknown, argument: string, range: { min?: number; max?: number } = {}): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new ArgumentTypeError(argument, `expected an integer, got ${describeValue(value)}`);
  }
  checkNumber(value, argument, range);
}

/** Check an odd positive integer (kernel and window sizes). @example checkOddPositiveInt(size, "size") */
export function checkOddPositiveInt(value: unknown, argument: string): asserts value is number {
  checkInteger(value, argument, { min: 1 });
  if (value % 2 === 0) {
    throw new ArgumentRangeError(argument, `expected an odd size (1, 3, 5, …) so the kernel has a centre, got ${value}`);
  }
}

/** Check that `value` is one of `allowed` (an `as const` enumeration's values). */
export function checkOneOf<T extends string>(value: unknown, allowed: readonly T[], argument: string): asserts value is T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new ArgumentRangeError(argument, `expected one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${describeValue(value)}`);
  }
}

/** Check that `out`, when given, has the shape of the result; return it or a new buffer. */
export function outputBuffer(out: Float32Array | undefined, length: number, argument = "options.out"): Float32Array {
  if (out === undefined) return new Float32Array(length);
  if (!(out instanceof Float32Array) || out.length !== length) {
    throw new ArgumentTypeError(argument, `expected a Float32Array of length ${length}, got ${describeValue(out)}`);
  }
  return out;
}
