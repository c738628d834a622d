import type { Image } from "./image";
import { ArgumentTypeError } from "./errors";
import { checkImage } from "./validate";

/**
 * Check that `a` and `b` are images of the same width, height and channel count; throw an
 * {@link ArgumentTypeError} naming `argumentB` otherwise.
 * @example checkSameShape(a, b, "a", "b");
 */
export function checkSameShape(a: unknown, b: unknown, argumentA = "a", argumentB = "b"): asserts b is Image {
  checkImage(a, {}, argumentA);
  checkImage(b, {}, argumentB);
  if (a.width !== b.width || a.height !== b.height || a.channels !== b.channels) {
    throw new ArgumentTypeError(
      argumentB,
      `shape ${b.width}×${b.height}×${b.channels} differs from ${argumentA} ${a.width}×${a.height}×${a.channels}`,
    );
  }
}
