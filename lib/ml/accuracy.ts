import { ArgumentTypeError, describeValue } from "../core/errors";

/**
 * Fraction of positions where `predicted` equals `actual` (labels compared as numbers, so
 * +1/−1 from linearSvm.predict against 1/−1 labels). 0 for empty inputs.
 * @example accuracy(linearSvm.predict(model, testX), testY) // e.g. 0.93
 * @see Hastie, Tibshirani & Friedman (2nd ed.), §7.
 */
export function accuracy(predicted: ArrayLike<number>, actual: ArrayLike<number>): number {
  for (const [v, name] of [[predicted, "predicted"], [actual, "actual"]] as const) {
    if (v === null || typeof v !== "object" || typeof v.length !== "number") throw new ArgumentTypeError(name, `expected an array of labels, got ${describeValue(v)}`);
  }
  if (predicted.length !== actual.length) throw new ArgumentTypeError("actual", `expected ${predicted.length} labels like predicted, got ${actual.length}`);
  if (predicted.length === 0) return 0;
  let ok = 0;
  for (let i = 0; i < predicted.length; i++) if (predicted[i] === actual[i]) ok++;
  return ok / predicted.length;
}
