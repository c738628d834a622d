import { core, io, nn } from "@cv-roadmap/lib";
import { closeArray, defineExercise, test } from "../../define";
import type { Comparator } from "../../types";

type Shape3 = [number, number, number];
type FwdArgs = [Float32Array, Shape3, number, number];
type BwdArgs = [Float32Array, Shape3, number, number, Float32Array];

/** tf.maxPool with "valid" padding on one image. */
function tfForward(x: Float32Array, xShape: Shape3, size: number, stride: number) {
  const tf = nn.tf();
  const y = tf.tidy(() => tf.maxPool(tf.tensor4d(x, [1, ...xShape]), size, stride, "valid"));
  const out = { data: Float32Array.from(y.dataSync()), shape: y.shape.slice(1) };
  y.dispose();
  return out;
}

/** tf.grad of maxPool with upstream gradient dOut (TensorFlow routes each gradient to the first maximum of its window). */
function tfBackward(x: Float32Array, xShape: Shape3, size: number, stride: number, dOut: Float32Array): Float32Array {
  const tf = nn.tf();
  const dx = tf.tidy(() => {
    const X = tf.tensor4d(x, [1, ...xShape]);
    const pool = (a: typeof X) => tf.maxPool(a, size, stride, "valid");
    return tf.grad((a) => pool(a as typeof X))(X, tf.tensor(dOut, pool(X).shape));
  });
  const out = Float32Array.from(dx.dataSync());
  dx.dispose();
  return out;
}

const outSize = (n: number, size: number, stride: number) => Math.floor((n - size) / stride) + 1;

function backwardCase(xShape: Shape3, size: number, stride: number, seed: number, x?: Float32Array): BwdArgs {
  const [h, w, c] = xShape;
  return [x ?? core.uniformValues(h * w * c, seed), xShape, size, stride, core.uniformValues(outSize(h, size, stride) * outSize(w, size, stride) * c, seed + 1, -1, 1)];
}

/** `{data, shape}` with the expected shape and values. */
function closePooled(tol: number): Comparator {
  return (actual, expected) => {
    const e = expected as { data: Float32Array; shape: number[] };
    const a = actual as { data?: ArrayLike<number>; shape?: unknown } | null;
    if (typeof a !== "object" || a === null) return { pass: false, message: "return { data, shape }" };
    if (!Array.isArray(a.shape) || a.shape.length !== 3 || a.shape.some((v, i) => v !== e.shape[i])) {
      return { pass: false, message: `shape: got ${JSON.stringify(a.shape)}, expected [${e.shape.join(", ")}] (⌊(n − size)/stride⌋ + 1, channels unchanged)` };
    }
    return closeArray(tol)(a.data, e.data);
  };
}

const grid4 = Float32Array.from([1, 3, 2, 0, 4, 2, 1, 5, 0, 1, 7, 2, 3, 6, 4, 1]);

export default defineExercise({
  id: "w03d03-maxpool",
  title: "Max pooling: forward, and the backward pass that routes gradients to the maxima",
  points: 3,
  defines: ["maxPoolForward", "maxPoolBackward"],
  offLimits: { lib: ["morphology.dilate", "morphology.erode"], opencv: ["dilate", "erode", "resize"] },
  tests: [
    test({
      name: "forward: 4×4×1, 2×2 windows, stride 2 (checkable by hand: [4, 5, 6, 7])",
      points: 0.3,
      visibility: "visible",
      call: "maxPoolForward",
      input: (): FwdArgs => [grid4, [4, 4, 1], 2, 2],
      expected: tfForward,
      compare: closePooled(0),
      hint: "out[y][x][c] = max over the window starting at (y·stride, x·stride), each channel on its own",
    }),
    test({
      name: "forward: 7×6×3, 3×3 windows, stride 2 (overlapping windows, the last row and column are never a window start)",
      points: 0.35,
      visibility: "hidden",
      call: "maxPoolForward",
      input: (): FwdArgs => [core.uniformValues(7 * 6 * 3, 3301, -1, 1), [7, 6, 3], 3, 2],
      expected: tfForward,
      compare: closePooled(0),
    }),
    test({
      name: "forward: a 20×16 RGB crop of the raccoon, 2×2 windows, stride 2",
      points: 0.35,
      visibility: "hidden",
      call: "maxPoolForward",
      input: (): FwdArgs => [core.crop(io.loadImage("raccoon"), { x: 500, y: 250, width: 16, height: 20 }).data, [20, 16, 3], 2, 2],
      expected: tfForward,
      compare: closePooled(0),
    }),
    test({
      name: "backward: 4×4×1, 2×2 windows, stride 2, dOut = [1, 2, 3, 4]: each gradient goes to its window's maximum only",
      points: 0.4,
      visibility: "visible",
      call: "maxPoolBackward",
      input: (): BwdArgs => [grid4, [4, 4, 1], 2, 2, Float32Array.from([1, 2, 3, 4])],
      expected: tfBackward,
      compare: closeArray(1e-6),
      hint: "dX is zero except at the position of each window's maximum, which receives that window's dOut",
    }),
    test({
      name: "backward: 7×7×2, 3×3 windows, stride 2: a pixel that is the maximum of two windows gets both gradients",
      points: 0.4,
      visibility: "hidden",
      call: "maxPoolBackward",
      input: () => backwardCase([7, 7, 2], 3, 2, 3302),
      expected: tfBackward,
      compare: closeArray(1e-6),
    }),
    test({
      name: "backward: 6×5×3, 2×2 windows, stride 1 (every pixel in up to four windows)",
      points: 0.4,
      visibility: "hidden",
      call: "maxPoolBackward",
      input: () => backwardCase([6, 5, 3], 2, 1, 3303),
      expected: tfBackward,
      compare: closeArray(1e-6),
    }),
    test({
      name: "backward: ties go to the first maximum in row-major order (a 6×6 image of 0s and 1s)",
      points: 0.4,
      visibility: "hidden",
      call: "maxPoolBackward",
      input: (): BwdArgs => {
        const rng = core.seededRandom(3304);
        const x = Float32Array.from({ length: 36 }, () => (rng.next() < 0.6 ? 1 : 0));
        return [x, [6, 6, 1], 2, 2, core.uniformValues(9, 3305, -1, 1)];
      },
      expected: tfBackward,
      compare: closeArray(1e-6),
    }),
    test({
      name: "backward: 8×8×1, 3×3 windows, stride 3 (rows and columns 6–7 belong to no window: zero gradient)",
      points: 0.4,
      visibility: "hidden",
      call: "maxPoolBackward",
      input: () => backwardCase([8, 8, 1], 3, 3, 3306),
      expected: tfBackward,
      compare: closeArray(1e-6),
    }),
  ],
});
