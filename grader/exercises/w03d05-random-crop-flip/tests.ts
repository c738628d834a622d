import { core, io, nn } from "@cv-roadmap/lib";
import { closeImage, defineExercise, test } from "../../define";
import type { Comparator } from "../../types";

type Batch = { images: core.Image[]; labels: number[] };
type Args = [core.Image[], number[], number, number];

/** The reference: nn.randomCropFlip on each image in order, sharing one core.seededRandom(seed); labels copied. */
function reference(images: core.Image[], labels: number[], padding: number, seed: number): Batch {
  const rng = core.seededRandom(seed);
  return { images: images.map((im) => nn.randomCropFlip(im, rng, { padding, flipProbability: 0.5 })), labels: [...labels] };
}

/** Every image exactly as the reference (same draws, same order) and the labels unchanged. */
const sameBatch: Comparator = (actual, expected) => {
  const e = expected as Batch;
  const a = actual as Partial<Batch> | null;
  if (typeof a !== "object" || a === null || !Array.isArray(a.images) || !Array.isArray(a.labels)) return { pass: false, message: "expected { images: Image[], labels: number[] }" };
  if (a.images.length !== e.images.length || a.labels.length !== e.labels.length) return { pass: false, message: `expected ${e.images.length} images and labels, got ${a.images.length} images and ${a.labels.length} labels` };
  for (let i = 0; i < e.labels.length; i++) {
    if (a.labels[i] !== e.labels[i]) return { pass: false, message: `labels[${i}] is ${a.labels[i]}, expected ${e.labels[i]}: augmentation must not change or reorder the labels` };
  }
  const same = closeImage(1e-6);
  for (let i = 0; i < e.images.length; i++) {
    const v = same(a.images[i], e.images[i]);
    if (!v.pass) return { pass: false, message: `image ${i}: ${v.message}` };
  }
  return { pass: true };
};

const coinsCrops = () => {
  const coins = io.loadImage("coins");
  return [0, 1, 2, 3, 4].map((k) => core.crop(coins, { x: 40 + 50 * k, y: 60 + 17 * k, width: 28, height: 28 }));
};

export default defineExercise({
  id: "w03d05-random-crop-flip",
  title: "Seeded random crop + flip of a batch, labels preserved",
  points: 2,
  defines: ["randomCropFlip"],
  offLimits: { lib: ["nn.randomCropFlip", "core.flip"] },
  tests: [
    test({
      name: "two 4×3 grey images, padding 1, seed 3",
      points: 0.4,
      visibility: "visible",
      input: (): Args => [[core.fromRows([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]), core.fromRows([[0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8], [0.9, 1, 0.25, 0.75]])], [7, 2], 1, 3],
      expected: reference,
      compare: sameBatch,
      hint: "one rng = core.seededRandom(seed) for the whole batch; per image: dx = rng.int(2p + 1), dy = rng.int(2p + 1), flip = rng.next() < 0.5; out(x, y) = in(x' + dx − p, y + dy − p), x' = flip ? W − 1 − x : x, 0 outside",
    }),
    test({
      name: "six RGB 8×8 images, padding 2: channels stay together, labels unchanged",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [[0, 1, 2, 3, 4, 5].map((k) => core.randomImage(8, 8, 3, 100 + k)), [3, 1, 4, 1, 5, 9], 2, 11],
      expected: reference,
      compare: sameBatch,
    }),
    test({
      name: "padding 0: only mirror images (or the originals)",
      points: 0.3,
      visibility: "hidden",
      input: (): Args => [[0, 1, 2, 3].map((k) => core.randomImage(5, 4, 1, 200 + k)), [0, 0, 1, 1], 0, 5],
      expected: reference,
      compare: sameBatch,
    }),
    test({
      name: "28×28 crops of the coins image, padding 4 (the usual setting)",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [coinsCrops(), [2, 7, 1, 8, 2], 4, 2024],
      expected: reference,
      compare: sameBatch,
    }),
    test({
      name: "a 1×1 RGB image with padding 3: mostly black, sometimes the pixel",
      points: 0.3,
      visibility: "hidden",
      input: (): Args => [[0, 1, 2, 3, 4, 5, 6].map((k) => core.randomImage(1, 1, 3, 300 + k)), [1, 2, 3, 4, 5, 6, 7], 3, 8],
      expected: reference,
      compare: sameBatch,
    }),
  ],
});
