import { io } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";
import type { Comparator, Verdict } from "../../types";

/**
 * Calibration (2 CPU cores shared with other jobs, load average 8–16, native TensorFlow backend):
 * see the numbers in the comment of solution.ts. The student's process trains; judging is here:
 * the sandbox receives training images + labels and the test IMAGES only; the test labels are the
 * `expected` value and never leave this process.
 */
const train = (limit?: number) => io.loadFashionMnist({ split: "train", source: "subset", limit });
const test_ = (limit?: number) => io.loadFashionMnist({ split: "test", source: "subset", limit });

/** Accuracy of the returned labels against the hidden ones: full marks from `pass`, linear partial credit from `floor`. */
function accuracyAtLeast(pass: number, floor: number): Comparator {
  return (actual, expected): Verdict => {
    const truth = expected as Uint8Array;
    const isArrayLike = Array.isArray(actual) || (ArrayBuffer.isView(actual) && !(actual instanceof DataView));
    if (!isArrayLike) return { pass: false, message: `expected a Uint8Array (or Int32Array, number[]) of ${truth.length} labels, got ${actual === null ? "null" : typeof actual}` };
    const labels = actual as ArrayLike<unknown>;
    if (labels.length !== truth.length) return { pass: false, message: `expected one label per test image (${truth.length}), got ${labels.length}` };
    let correct = 0;
    let invalid = 0;
    for (let i = 0; i < truth.length; i++) {
      const v = labels[i];
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 9) invalid++;
      else if (v === truth[i]) correct++;
    }
    const acc = correct / truth.length;
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    const note = invalid > 0 ? ` (${invalid} labels were not integers 0–9)` : "";
    if (acc >= pass) return { pass: true, message: `test accuracy ${pct(acc)} ≥ ${pct(pass)}${note}` };
    const fraction = Math.max(0, Math.min(1, (acc - floor) / (pass - floor)));
    return { pass: false, fraction, message: `test accuracy ${pct(acc)}: full marks from ${pct(pass)}, partial credit from ${pct(floor)}${note}` };
  };
}

export default defineExercise({
  id: "w03d07-classifier",
  title: "Train a CNN classifier on Fashion-MNIST (≥ 85% test accuracy)",
  points: 6,
  defines: ["trainAndPredict"],
  allowTfjs: true,
  // Reference: ~10 s idle on 2 cores (native gradient engine; ~17 s on the tape, e.g. a functional
  // model), ~2× that when two sandboxes share the cores; the cap leaves room for slower models.
  limits: { timeMs: 240_000, testTimeMs: 150_000, memoryMb: 1536 },
  // Nothing here solves the task for the student, but the data loaders would read the test labels.
  offLimits: { lib: ["io.loadFashionMnist", "io.readDatasetFile", "nn.loadImageFolder"] },
  tests: [
    test({
      name: "a short run: 2,000 training images, 500 test images, ≥ 70% accuracy",
      points: 1,
      visibility: "visible",
      input: () => {
        const tr = train(2000);
        return [tr.images, tr.labels, test_(500).images];
      },
      expected: () => test_(500).labels,
      compare: accuracyAtLeast(0.7, 0.5),
      hint: "normalise the bytes to [0, 1], train a few epochs with nn.train, take argMax of the predictions; return one label per test image",
    }),
    test({
      name: "the full run: 10,000 training images, 2,000 test images, ≥ 85% accuracy",
      points: 5,
      visibility: "hidden",
      input: () => {
        const tr = train();
        return [tr.images, tr.labels, test_().images];
      },
      expected: () => test_().labels,
      compare: accuracyAtLeast(0.85, 0.7),
      hint: "a CNN beats a dense network here: 3×3 convolutions with more filters, max-pooling, a learning rate near 0.002, 4–6 epochs of batches of 128",
    }),
  ],
});
