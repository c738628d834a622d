import { nn } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";

type Args = [number[], number, number, number, "same" | "valid"];

/** The reference: the output shape of a real tf.conv2d on zeros (native backend), then 2 FLOPs per weight per output value. */
function fromTf(inputShape: number[], filters: number, kernelSize: number, stride: number, padding: "same" | "valid"): number {
  const tf = nn.tf();
  const [h, w, c] = inputShape as [number, number, number];
  type T4 = ReturnType<typeof tf.tensor4d>;
  const x = tf.zeros([1, h, w, c]) as T4;
  const kernel = tf.zeros([kernelSize, kernelSize, c, filters]) as T4;
  const y = tf.conv2d(x, kernel, stride, padding);
  const [, hOut, wOut] = y.shape;
  tf.dispose([x, kernel, y]);
  return 2 * kernelSize * kernelSize * c * hOut! * wOut! * filters;
}

/** The same count from the lib (asserted equal to tf.conv2d's shapes in lib/nn/conv2dFlops.test.ts). */
const fromLib = (inputShape: number[], filters: number, kernelSize: number, stride: number, padding: "same" | "valid") =>
  nn.conv2dFlops(inputShape as [number, number, number], filters, { kernelSize, stride, padding });

const args = (...a: Args): Args => a;

export default defineExercise({
  id: "w03d06-flops",
  title: "Count the FLOPs of a convolution layer",
  points: 2,
  defines: ["conv2dFlops"],
  allowTfjs: true, // the notebook's setup cell loads TensorFlow.js
  limits: { timeMs: 30_000, testTimeMs: 10_000 },
  offLimits: { lib: ["nn.conv2dFlops", "filters.outputSize"] },
  tests: [
    test({
      name: "3×3, 16 filters on 28×28×1, stride 1, same: 2·9·1·28·28·16",
      points: 0.5,
      visibility: "visible",
      input: () => args([28, 28, 1], 16, 3, 1, "same"),
      expected: fromLib,
      compare: 0,
      hint: "2 · k · k · Cin · Hout · Wout · filters; with stride 1 and same padding the output keeps the input size",
    }),
    test({
      name: "LeNet-5's second convolution: 5×5, 16 filters on 14×14×6, valid",
      points: 0.3,
      visibility: "hidden",
      input: () => args([14, 14, 6], 16, 5, 1, "valid"),
      expected: fromLib,
      compare: 0,
    }),
    test({
      name: "stride 2, same, odd size: ⌈7/2⌉ = 4 outputs per axis (vs tf.conv2d)",
      points: 0.4,
      visibility: "hidden",
      input: () => args([7, 7, 3], 8, 3, 2, "same"),
      expected: fromTf,
      compare: 0,
      hint: "same padding with stride s gives ⌈n / s⌉ outputs",
    }),
    test({
      name: "stride 3, valid, non-square input 10×11 (vs tf.conv2d)",
      points: 0.4,
      visibility: "hidden",
      input: () => args([10, 11, 1], 2, 5, 3, "valid"),
      expected: fromTf,
      compare: 0,
      hint: "valid padding: ⌊(n − k) / s⌋ + 1 outputs, computed separately for height and width",
    }),
    test({
      name: "a wider layer: 4×4 kernel, 7 filters on 33×17×5, stride 2, same (vs tf.conv2d)",
      points: 0.4,
      visibility: "hidden",
      input: () => args([33, 17, 5], 7, 4, 2, "same"),
      expected: fromTf,
      compare: 0,
    }),
  ],
});
