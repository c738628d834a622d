/**
 * Typed errors thrown by the library at its public boundary. Each message names the argument,
 * the value that came and what was expected, so a student can fix the call without a debugger.
 */

/** Describe a value briefly for an error message (`3`, `"abc"`, `Float32Array(12)`, `object`). */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${(value as unknown as ArrayLike<number>).length})`;
  if (Array.isArray(value)) return `array of length ${value.length}`;
  if (typeof value === "function") return "a function";
  return "an object";
}

/** A value of the wrong type or shape was passed (an RGB image where grey was needed, a string for a number). */
export class ArgumentTypeError extends TypeError {
  override readonly name = "ArgumentTypeError";
  constructor(
    /** Name of the offending argument, e.g. `image` or `options.sigma`. */
    readonly argument: string,
    message: string,
  ) {
    super(`${argument}: ${message}`);
  }
}

/** A value of the right type but outside its allowed range (a negative sigma, an even kernel size). */
export class ArgumentRangeError extends RangeError {
  override readonly name = "ArgumentRangeError";
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`${argument}: ${message}`);
  }
}

/** For exhaustive `switch` statements over an `as const` enumeration. */
export function assertUnreachable(value: never, argument = "value"): never {
  throw new ArgumentRangeError(argument, `unexpected value ${describeValue(value)}`);
}
