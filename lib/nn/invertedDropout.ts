import type { Random } from "../core/random";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkNumber } from "../core/validate";

/**
 * Inverted dropout at training time, on plain numbers: each value is dropped (set to 0) with
 * probability `rate` and every kept value is divided by `1 − rate`, so the expected value of each
 * output equals its input and nothing needs rescaling at inference time (where dropout is simply
 * not applied). Draws one `random.next()` per value, in order: value i is kept iff
 * `random.next() ≥ rate`. Returns a new array; `values` is not changed.
 * @example const y = nn.invertedDropout(Float32Array.from([1, 2, 3, 4]), 0.5, core.seededRandom(1));
 * @see N. Srivastava, G. Hinton, A. Krizhevsky, I. Sutskever, R. Salakhutdinov, "Dropout: a simple way to prevent neural networks from overfitting", JMLR 15, 2014; CS231n lecture 6 ("inverted dropout").
 */
export function invertedDropout(values: Float32Array, rate: number, random: Random): Float32Array {
  if (!(values instanceof Float32Array)) throw new ArgumentTypeError("values", `expected a Float32Array, got ${describeValue(values)}`);
  checkNumber(rate, "rate", { min: 0, max: 1, exclusiveMax: true });
  if (typeof random !== "object" || random === null || typeof random.next !== "function") {
    throw new ArgumentTypeError("random", `expected a Random from core.seededRandom(seed), got ${describeValue(random)}`);
  }
  const scale = 1 / (1 - rate);
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = random.next() >= rate ? values[i]! * scale : 0;
  return out;
}
