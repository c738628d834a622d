import type * as tfjs from "@tensorflow/tfjs";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkInteger } from "../core/validate";
import { tf } from "./backend";

/** Options of {@link timeOp}. */
export interface TimeOpOptions {
  /** Untimed calls first (kernels compile, caches warm up). @default 1 */
  warmup?: number;
  /** Timed calls. @default 5 */
  repeats?: number;
}

/** What {@link timeOp} measured. */
export interface OpTiming {
  /** Median wall-clock milliseconds of one call (the usual summary: robust to a stray slow run). */
  medianMs: number;
  /** Fastest call. */
  minMs: number;
  /** Every timed call, in order. */
  runs: number[];
}

/**
 * Time a TensorFlow.js computation fairly: each call's result (a tensor, an array of tensors, or
 * anything else) is read back with `dataSync()` so asynchronous backends have really finished,
 * then disposed; intermediate tensors are freed with `tf.tidy`. Reports the median and minimum of
 * `repeats` calls after `warmup` untimed ones. Works on whichever backend is active.
 * @example const { medianMs } = nn.timeOp(() => tf.matMul(a, b)); // a, b: tensors made beforehand
 * @see https://www.tensorflow.org/js/guide/platform_environment (backends); tf.time for kernel-only timings.
 */
export function timeOp(fn: () => unknown, options: TimeOpOptions = {}): OpTiming {
  const { warmup = 1, repeats = 5 } = options;
  if (typeof fn !== "function") throw new ArgumentTypeError("fn", `expected a function returning a tensor, got ${describeValue(fn)}`);
  checkInteger(warmup, "options.warmup", { min: 0 });
  checkInteger(repeats, "options.repeats", { min: 1 });
  const t = tf();
  const once = (): number => {
    const start = performance.now();
    t.tidy(() => {
      const out = fn();
      const tensors = (Array.isArray(out) ? out : [out]).filter((v): v is tfjs.Tensor => v instanceof t.Tensor);
      for (const x of tensors) x.dataSync();
    });
    return performance.now() - start;
  };
  for (let i = 0; i < warmup; i++) once();
  const runs = Array.from({ length: repeats }, once);
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const medianMs = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { medianMs, minMs: sorted[0]!, runs };
}
