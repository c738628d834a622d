import { ArgumentRangeError, ArgumentTypeError, describeValue } from "../core/errors";
import { checkInteger } from "../core/validate";

/** Options of {@link confusionMatrix}. */
export interface ConfusionMatrixOptions {
  /** Number of classes k (labels 0…k−1). @default 1 + the largest label in either input */
  numClasses?: number;
}

/**
 * The k×k confusion matrix of a classifier: `m[i][j]` counts the samples whose TRUE class is i and
 * whose PREDICTED class is j (rows = truth, columns = prediction, as scikit-learn's
 * `confusion_matrix`). The diagonal holds the correct answers; `trace / n` is the accuracy.
 * @example confusionMatrix([0, 1, 1], [0, 1, 0]) // [[1, 0], [1, 1]]
 * @see scikit-learn, sklearn.metrics.confusion_matrix; Hastie, Tibshirani & Friedman (2nd ed.), §9.2.5.
 */
export function confusionMatrix(actual: ArrayLike<number>, predicted: ArrayLike<number>, options: ConfusionMatrixOptions = {}): number[][] {
  for (const [v, name] of [[actual, "actual"], [predicted, "predicted"]] as const) {
    if (v === null || typeof v !== "object" || typeof v.length !== "number") throw new ArgumentTypeError(name, `expected an array of class labels, got ${describeValue(v)}`);
  }
  if (predicted.length !== actual.length) throw new ArgumentTypeError("predicted", `expected ${actual.length} labels like actual, got ${predicted.length}`);
  let largest = -1;
  for (const v of [actual, predicted]) {
    for (let i = 0; i < v.length; i++) {
      const l = v[i]!;
      if (!Number.isInteger(l) || l < 0) throw new ArgumentRangeError(v === actual ? "actual" : "predicted", `labels must be integers ≥ 0, got ${l} at index ${i}`);
      if (l > largest) largest = l;
    }
  }
  const { numClasses = Math.max(1, largest + 1) } = options;
  checkInteger(numClasses, "options.numClasses", { min: 1 });
  if (largest >= numClasses) throw new ArgumentRangeError("options.numClasses", `a label ${largest} needs at least ${largest + 1} classes, got numClasses = ${numClasses}`);
  const m = Array.from({ length: numClasses }, () => new Array<number>(numClasses).fill(0));
  for (let i = 0; i < actual.length; i++) m[actual[i]!]![predicted[i]!]!++;
  return m;
}
