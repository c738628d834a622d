import { core, io, ml } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import type { Comparator } from "../../types";
import { defineExercise, test } from "../../define";

type Args = [Image[], number[], Image[]];

interface Split {
  trainImages: Image[];
  trainLabels: number[];
  testImages: Image[];
  testLabels: number[];
}

/**
 * A stratified split of scikit-image's lfw_subset (100 faces, 100 non-faces, 25×25), both halves
 * shuffled by a seeded permutation: the held-out images come in no particular order, so their
 * labels cannot be guessed from their positions. Runs in the trusted process only: the sandbox
 * receives the training images, their labels and the held-out images — never the held-out labels.
 */
function lfwSplit(seed: number, testFraction: number): Split {
  const lfw = io.loadLfwSubset();
  const labels = Array.from(lfw.labels);
  const { train, test: held } = ml.trainTestSplit(lfw.count, { testFraction, seed, stratify: labels });
  const rng = core.seededRandom(seed + 1000);
  const shuffle = (a: number[]) => {
    const s = a.slice();
    for (let i = s.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [s[i], s[j]] = [s[j]!, s[i]!];
    }
    return s;
  };
  const tr = shuffle(train);
  const te = shuffle(held);
  return {
    trainImages: tr.map((i) => lfw.images[i]!),
    trainLabels: tr.map((i) => labels[i]!),
    testImages: te.map((i) => lfw.images[i]!),
    testLabels: te.map((i) => labels[i]!),
  };
}

/**
 * Accuracy of the predictions against the held-out labels (computed here, in the grader): a value
 * > 0 counts as "face" (so 1/0 and +1/−1 both work). Full marks from `target` up, partial credit
 * growing linearly from chance (50 %) to the target.
 */
function accuracyAtLeast(target: number): Comparator {
  return (actual, expected) => {
    const labels = expected as number[];
    const isList = Array.isArray(actual) || (ArrayBuffer.isView(actual) && !(actual instanceof DataView));
    if (!isList) return { pass: false, message: `expected an array of ${labels.length} predictions (1 = face, 0 = non-face)` };
    const a = Array.from(actual as ArrayLike<unknown>);
    if (a.length !== labels.length) return { pass: false, message: `expected ${labels.length} predictions (one per held-out image), got ${a.length}` };
    const bad = a.findIndex((v) => typeof v !== "number" || !Number.isFinite(v));
    if (bad >= 0) return { pass: false, message: `prediction ${bad} is ${String(a[bad])}, expected 1 (face) or 0 (non-face)` };
    let right = 0;
    for (let i = 0; i < labels.length; i++) if (((a[i] as number) > 0 ? 1 : 0) === labels[i]) right++;
    const acc = right / labels.length;
    const msg = `accuracy ${right}/${labels.length} = ${(100 * acc).toFixed(1)} % (target ${(100 * target).toFixed(0)} %)`;
    if (acc >= target) return { pass: true, message: msg };
    return { pass: false, fraction: Math.max(0, Math.min(1, (acc - 0.5) / (target - 0.5))), message: msg };
  };
}

const TARGET = 0.9;
const splitTest = (seed: number, testFraction: number, points: number, visibility: "visible" | "hidden", name: string, hint?: string) =>
  test({
    name,
    points,
    visibility,
    input: (): Args => {
      const s = lfwSplit(seed, testFraction);
      return [s.trainImages, s.trainLabels, s.testImages];
    },
    expected: () => lfwSplit(seed, testFraction).testLabels,
    compare: accuracyAtLeast(TARGET),
    ...(hint ? { hint } : {}),
  });

export default defineExercise({
  id: "w02d06-hog-svm-accuracy",
  title: "Face / non-face with HOG + a linear SVM (≥ 90 % on held-out lfw_subset crops)",
  points: 3,
  defines: ["classifyFaces"],
  // The held-out labels must stay out of reach: no loading the dataset inside the sandbox.
  offLimits: { lib: ["io.loadLfwSubset", "io.readDatasetFile"] },
  limits: { testTimeMs: 10000, timeMs: 40000 },
  tests: [
    splitTest(1, 0.25, 0.75, "visible", "150 training crops, 50 held out (split seed 1)",
      "HOG every crop the same way (e.g. features.hog(img, { cellSize: 6 })), train ml.linearSvm on the training features and labels, predict the held-out features; return 1 for face, 0 for non-face"),
    splitTest(3, 0.25, 0.75, "hidden", "150 training crops, 50 held out (another split)"),
    splitTest(8, 0.25, 0.75, "hidden", "150 training crops, 50 held out (a third split)"),
    splitTest(5, 0.5, 0.75, "hidden", "only 100 training crops, 100 held out"),
  ],
});
