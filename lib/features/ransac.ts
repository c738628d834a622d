import { ArgumentRangeError, ArgumentTypeError, describeValue } from "../core/errors";
import { checkInteger, checkNumber } from "../core/validate";
import { seededRandom } from "../core/random";

/** A model family for {@link ransac}. */
export interface RansacModel<M, D> {
  /** Fit a model to `sample` (sampleSize items, or all inliers at the end); undefined if degenerate. */
  fit(sample: readonly D[]): M | undefined;
  /** Error of one datum under a model (same units as `threshold`). */
  residual(model: M, datum: D): number;
  /** Minimal sample size (2 for a line, 4 for a homography). */
  sampleSize: number;
}

/** Options of {@link ransac}. */
export interface RansacOptions {
  /** Number of random minimal samples. @default 1000 */
  iterations?: number;
  /** A datum is an inlier when residual ≤ threshold. @default 1 */
  threshold?: number;
  /** Seed of the sampler (results are reproducible). @default 0 */
  seed?: number;
  /** Refit the best model on all its inliers at the end (on the inliers only, never on all data). @default true */
  refit?: boolean;
}

/** Result of {@link ransac}. */
export interface RansacResult<M> {
  /** Best model (refitted on its inliers when `refit`), undefined if no sample gave a model. */
  model: M | undefined;
  /** Indices of the inliers of the returned model. */
  inliers: number[];
}

/**
 * RANdom SAmple Consensus: repeatedly fit a model to a random minimal sample (drawn without
 * replacement with a seeded generator), count data within `threshold`, keep the model with most
 * inliers (ties: lower total residual of inliers); finally refit on that model's inliers and
 * recount. Generic over the model: lines, homographies, anything with `fit` and `residual`.
 * @example const { model, inliers } = ransac(lineModel, points, { threshold: 2, seed: 1 });
 * @see M. Fischler & R. Bolles, "Random Sample Consensus", CACM 24(6), 1981; Hartley & Zisserman §4.7.
 */
export function ransac<M, D>(model: RansacModel<M, D>, data: readonly D[], options: RansacOptions = {}): RansacResult<M> {
  const { iterations = 1000, threshold = 1, seed = 0, refit = true } = options;
  if (typeof model !== "object" || model === null || typeof model.fit !== "function" || typeof model.residual !== "function") {
    throw new ArgumentTypeError("model", `expected {fit, residual, sampleSize}, got ${describeValue(model)}`);
  }
  checkInteger(model.sampleSize, "model.sampleSize", { min: 1 });
  if (!Array.isArray(data)) throw new ArgumentTypeError("data", `expected an array, got ${describeValue(data)}`);
  if (data.length < model.sampleSize) throw new ArgumentRangeError("data", `need at least ${model.sampleSize} data, got ${data.length}`);
  checkInteger(iterations, "options.iterations", { min: 1 });
  checkNumber(threshold, "options.threshold", { min: 0 });
  checkInteger(seed, "options.seed");
  const rng = seededRandom(seed);
  const n = data.length;
  const k = model.sampleSize;
  const idx = Array.from({ length: n }, (_, i) => i);
  const score = (m: M) => {
    const inl: number[] = [];
    let cost = 0;
    for (let i = 0; i < n; i++) {
      const r = model.residual(m, data[i]!);
      if (r <= threshold) (inl.push(i), (cost += r));
    }
    return { inl, cost };
  };
  let best: { m: M; inl: number[]; cost: number } | undefined;
  for (let it = 0; it < iterations; it++) {
    for (let j = 0; j < k; j++) {
      const r = j + rng.int(n - j);
      const t = idx[j]!;
      idx[j] = idx[r]!;
      idx[r] = t;
    }
    const m = model.fit(idx.slice(0, k).map((i) => data[i]!));
    if (m === undefined) continue;
    const { inl, cost } = score(m);
    if (!best || inl.length > best.inl.length || (inl.length === best.inl.length && cost < best.cost)) best = { m, inl, cost };
  }
  if (!best) return { model: undefined, inliers: [] };
  if (refit && best.inl.length >= k) {
    const m = model.fit(best.inl.map((i) => data[i]!));
    if (m !== undefined) {
      const { inl } = score(m);
      if (inl.length >= best.inl.length) return { model: m, inliers: inl };
    }
  }
  return { model: best.m, inliers: best.inl };
}
