import { ArgumentTypeError, describeValue } from "../../core/errors";
import { checkOddPositiveInt } from "../../core/validate";

/** A window size: one number for a square, or width and height. */
export type WindowSize = number | { readonly width: number; readonly height: number };

/** Internal: validate an odd window size (number or {width, height}); returns [width, height]. */
export function checkOddSize(size: unknown, argument: string): [number, number] {
  if (typeof size === "number") {
    checkOddPositiveInt(size, argument);
    return [size, size];
  }
  if (typeof size === "object" && size !== null) {
    const s = size as { width?: unknown; height?: unknown };
    checkOddPositiveInt(s.width, `${argument}.width`);
    checkOddPositiveInt(s.height, `${argument}.height`);
    return [s.width, s.height];
  }
  throw new ArgumentTypeError(argument, `expected an odd size or {width, height}, got ${describeValue(size)}`);
}
