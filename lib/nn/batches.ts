import type * as tfjs from "@tensorflow/tfjs";
import { seededRandom } from "../core/random";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkInteger } from "../core/validate";
import { tf } from "./backend";
import type { TensorData } from "./toTensors";

/** Options of {@link batches}. */
export interface BatchesOptions {
  /** Samples per batch (the last batch may be smaller unless `dropRemainder`). @default 32 */
  batchSize?: number;
  /** Visit samples in a seeded random order; `false` keeps the order of `data`. @default true */
  shuffle?: boolean;
  /** Seed of the order: the same seed gives the same batches. @default 0 */
  seed?: number;
  /** Skip a last batch smaller than `batchSize`. @default false */
  dropRemainder?: boolean;
}

/** One mini-batch. Its tensors belong to the caller: dispose them, or take them inside `tf.tidy`. */
export interface Batch {
  xs: tfjs.Tensor;
  ys: tfjs.Tensor;
  /** 0-based batch number within the pass. */
  index: number;
  /** Samples in this batch. */
  size: number;
}

/**
 * A random permutation of 0…n−1 (Fisher–Yates with {@link core.seededRandom}), the order
 * {@link batches} visits samples in.
 * @example nn.permutation(5, 1) // e.g. Int32Array [3, 0, 4, 1, 2]
 * @see D. Knuth, TAOCP vol. 2, §3.4.2, Algorithm P.
 */
export function permutation(n: number, seed: number): Int32Array {
  checkInteger(n, "n", { min: 0 });
  checkInteger(seed, "seed");
  const rng = seededRandom(seed);
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}

/**
 * Iterate over mini-batches of `data` once (one epoch), in a seeded shuffled order. Each batch is
 * gathered when the iterator reaches it, so memory stays at one batch beyond the data.
 * @example for (const b of nn.batches(data, { batchSize: 64, seed: epoch })) { step(b.xs, b.ys); b.xs.dispose(); b.ys.dispose(); }
 * @see I. Goodfellow, Y. Bengio, A. Courville, Deep Learning, §8.1.3 (minibatch algorithms).
 */
export function* batches(data: TensorData, options: BatchesOptions = {}): Generator<Batch, void, undefined> {
  const { batchSize = 32, shuffle = true, seed = 0, dropRemainder = false } = options;
  checkData(data, "data");
  checkInteger(batchSize, "options.batchSize", { min: 1 });
  checkInteger(seed, "options.seed");
  const n = data.xs.shape[0]!;
  const order = shuffle ? permutation(n, seed) : undefined;
  const t = tf();
  const count = dropRemainder ? Math.floor(n / batchSize) : Math.ceil(n / batchSize);
  for (let b = 0; b < count; b++) {
    const start = b * batchSize;
    const size = Math.min(batchSize, n - start);
    let xs: tfjs.Tensor;
    let ys: tfjs.Tensor;
    if (order) {
      const idx = t.tensor1d(order.subarray(start, start + size), "int32");
      xs = t.gather(data.xs, idx);
      ys = t.gather(data.ys, idx);
      idx.dispose();
    } else {
      xs = t.slice(data.xs, start, size);
      ys = t.slice(data.ys, start, size);
    }
    yield { xs, ys, index: b, size };
  }
}

/** Check `{xs, ys}` tensors with the same first dimension (shared by batches and train). */
export function checkData(data: unknown, argument: string): asserts data is TensorData {
  const d = data as Partial<TensorData> | null;
  const isTensor = (v: unknown): v is tfjs.Tensor => typeof v === "object" && v !== null && Array.isArray((v as tfjs.Tensor).shape) && typeof (v as tfjs.Tensor).dataId === "object";
  if (typeof d !== "object" || d === null || !isTensor(d.xs) || !isTensor(d.ys)) {
    throw new ArgumentTypeError(argument, `expected {xs, ys} tensors (see nn.toTensors), got ${describeValue(data)}`);
  }
  if (d.xs.isDisposed || d.ys.isDisposed) throw new ArgumentTypeError(argument, "its tensors have been disposed");
  if (d.xs.rank < 1 || d.ys.rank < 1 || d.xs.shape[0] !== d.ys.shape[0] || d.xs.shape[0] === 0) {
    throw new ArgumentTypeError(argument, `xs and ys must have the same number of samples (first dimension > 0), got xs [${d.xs.shape}] and ys [${d.ys.shape}]`);
  }
}
