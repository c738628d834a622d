import { seededRandom } from "../core/random";
import { checkInteger } from "../core/validate";

/** A stream of integer seeds derived from one seed: one per initializer, dropout layer, shuffle. */
export interface SeedSequence {
  /** The next seed, an integer in [0, 2³¹). */
  next(): number;
}

/**
 * Derive as many seeds as a model needs from one number. TensorFlow.js has **no global seed**:
 * every random op and initializer takes its own `seed`, and without one it draws from `Math.random`.
 * Pass `seeds.next()` to each `kernelInitializer`/`Dropout` so one seed fixes the whole model.
 *
 * What is reproducible with the same seed, the same backend and the same machine:
 * - initial weights (each initializer seeded), our batch order (`batches`, `train` with `seed`);
 * - the native `tensorflow` backend's CPU kernels give the same numbers run after run on one
 *   machine (its reductions split work by thread count: a machine with another core count, or
 *   another backend, can differ in the last bits, and training then drifts apart slowly).
 *
 * What is not:
 * - `model.fit({shuffle: true})` shuffles with `Math.random` (use `nn.train`, which is seeded);
 * - a `Dropout` layer given a fixed `seed` draws the **same mask at every step** in TensorFlow.js
 *   4.x (the seed is reused per call): leave dropout unseeded for training, seed it only in tests;
 * - GPU kernels (cuDNN) may pick non-deterministic algorithms.
 * @example const seeds = nn.seedSequence(42); tf.layers.dense({ units: 10, kernelInitializer: tf.initializers.glorotUniform({ seed: seeds.next() }) });
 * @see https://js.tensorflow.org/api/latest/#initializers.glorotUniform
 */
export function seedSequence(seed: number): SeedSequence {
  checkInteger(seed, "seed", { min: 0, max: 2 ** 32 - 1 });
  const rng = seededRandom(seed);
  return { next: () => Math.floor(rng.next() * 2 ** 31) };
}
