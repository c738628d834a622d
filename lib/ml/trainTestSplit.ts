import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkInteger, checkNumber } from "../core/validate";
import { seededRandom } from "../core/random";

/** Options of {@link trainTestSplit}. */
export interface TrainTestSplitOptions {
  /** Fraction of items in the test set (rounded, at least 1 when n ≥ 2 and fraction > 0). @default 0.25 */
  testFraction?: number;
  /** Seed of the shuffle. @default 0 */
  seed?: number;
  /** Labels to stratify by: each class is split in the same proportion. @default undefined */
  stratify?: ArrayLike<number>;
}

/** Indices of the two sets, each in increasing order. */
export interface Split {
  train: number[];
  test: number[];
}

function shuffled(items: number[], rng: ReturnType<typeof seededRandom>): number[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
  return a;
}

/**
 * Split indices 0…n−1 into train and test sets by a seeded shuffle (Fisher–Yates), optionally
 * stratified by label. Deterministic for a given seed.
 * @example const { train, test } = trainTestSplit(labels.length, { testFraction: 0.2, seed: 1, stratify: labels });
 * @see T. Hastie, R. Tibshirani & J. Friedman, The Elements of Statistical Learning (2nd ed.), §7.2.
 */
export function trainTestSplit(n: number, options: TrainTestSplitOptions = {}): Split {
  const { testFraction = 0.25, seed = 0, stratify } = options;
  checkInteger(n, "n", { min: 0 });
  checkNumber(testFraction, "options.testFraction", { min: 0, max: 1 });
  checkInteger(seed, "options.seed");
  if (stratify !== undefined && (typeof stratify !== "object" || stratify === null || stratify.length !== n)) {
    throw new ArgumentTypeError("options.stratify", `expected ${n} labels, got ${describeValue(stratify)}`);
  }
  const rng = seededRandom(seed);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const key = stratify ? stratify[i]! : 0;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  }
  const train: number[] = [];
  const test: number[] = [];
  for (const key of [...groups.keys()].sort((a, b) => a - b)) {
    const g = shuffled(groups.get(key)!, rng);
    let k = Math.round(g.length * testFraction);
    if (k === 0 && testFraction > 0 && g.length >= 2) k = 1;
    test.push(...g.slice(0, k));
    train.push(...g.slice(k));
  }
  train.sort((a, b) => a - b);
  test.sort((a, b) => a - b);
  return { train, test };
}
