import { core, nn } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";
import type { Comparator } from "../../types";

type Args = [Float32Array, number, number, boolean];

/** The reference: nn.invertedDropout with core.seededRandom(seed) in training; a copy of x at inference. */
const reference = (x: Float32Array, rate: number, seed: number, training: boolean) =>
  training ? nn.invertedDropout(x, rate, core.seededRandom(seed)) : Float32Array.from(x);

/** The law of inverted dropout, checked on its own: each output is 0 or x/(1 − rate), and the mean of many ones stays ≈ 1. */
function expectationPreserved(rate: number): Comparator {
  return (actual, expected) => {
    const e = expected as Float32Array;
    if (!ArrayBuffer.isView(actual) && !Array.isArray(actual)) return { pass: false, message: "expected a Float32Array" };
    const a = actual as ArrayLike<number>;
    if (a.length !== e.length) return { pass: false, message: `expected ${e.length} values, got ${a.length}` };
    const kept = 1 / (1 - rate);
    let sum = 0;
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== 0 && Math.abs(a[i]! - kept) > 1e-5) return { pass: false, message: `value ${i} is ${a[i]}: a kept 1 must become 1/(1 − rate) = ${kept.toFixed(4)}, a dropped one 0` };
      sum += a[i]!;
    }
    const mean = sum / a.length;
    if (Math.abs(mean - 1) > 0.03) return { pass: false, message: `the mean of ${a.length} ones after dropout is ${mean.toFixed(4)}: inverted dropout keeps it ≈ 1 (expectation preserved)` };
    return { pass: true };
  };
}

export default defineExercise({
  id: "w03d04-inverted-dropout",
  title: "Inverted dropout (seeded)",
  points: 2,
  defines: ["dropout"],
  offLimits: { lib: ["nn.invertedDropout"] },
  tests: [
    test({
      name: "8 values, rate 0.5, seed 1, training",
      points: 0.4,
      visibility: "visible",
      input: (): Args => [Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8]), 0.5, 1, true],
      expected: reference,
      compare: 1e-6,
      hint: "const rng = core.seededRandom(seed); for each i in order: keep iff rng.next() >= rate; kept values are divided by (1 − rate), dropped ones are 0",
    }),
    test({
      name: "inference: the values pass through unchanged (no drop, no scaling)",
      points: 0.3,
      visibility: "hidden",
      input: (): Args => [Float32Array.from([0.5, -1, 2, 3.25]), 0.4, 7, false],
      expected: reference,
      compare: 1e-6,
    }),
    test({
      name: "10,000 random values, rate 0.2, seed 5",
      points: 0.7,
      visibility: "hidden",
      input: (): Args => {
        const rng = core.seededRandom(99);
        return [Float32Array.from({ length: 10000 }, () => rng.normal()), 0.2, 5, true];
      },
      expected: reference,
      compare: 1e-5,
    }),
    test({
      name: "expectation preserved: 20,000 ones at rate 0.3 keep a mean of ≈ 1",
      points: 0.4,
      visibility: "hidden",
      input: (): Args => [new Float32Array(20000).fill(1), 0.3, 12, true],
      expected: reference,
      compare: expectationPreserved(0.3),
    }),
    test({
      name: "rate 0 keeps everything",
      points: 0.2,
      visibility: "hidden",
      input: (): Args => [Float32Array.from([3, 1, 4, 1, 5]), 0, 2, true],
      expected: reference,
      compare: 1e-6,
    }),
  ],
});
