import { filters } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";

type Args = [number, number, number, number, number];

/** The library's formula (checked against tf.conv2d's output shapes in lib/filters/conv2dStrided.test.ts); 0 where no window fits (the library throws). */
function reference(n: number, k: number, stride: number, padding: number, dilation: number): number {
  try {
    return filters.outputSize({ inputSize: n, kernelSize: k, stride, padding, dilation });
  } catch {
    return 0;
  }
}

const one = (name: string, args: Args, visibility: "visible" | "hidden", hint?: string) =>
  test({ name: `${name}: n=${args[0]}, k=${args[1]}, s=${args[2]}, p=${args[3]}, d=${args[4]}`, points: 0.2, visibility, input: (): Args => args, expected: reference, compare: 0, hint });

export default defineExercise({
  id: "w02d04-output-size",
  title: "Output size of a strided, padded, dilated convolution",
  points: 2,
  defines: ["convOutputSize"],
  offLimits: { lib: ["filters.outputSize", "filters.conv2dStrided", "filters.im2col"] },
  tests: [
    one("no padding, stride 1", [7, 3, 1, 0, 1], "visible", "n_out = ⌊(n + 2p − d(k − 1) − 1) / s⌋ + 1: don't forget the + 1 (the first window)"),
    one("the 3×3, stride 2, padding 1 picture", [7, 3, 2, 1, 1], "visible", "padding p adds p zeros on EACH side: n + 2p"),
    one("padding 2 keeps a 5×5 convolution's size", [32, 5, 1, 2, 1], "hidden"),
    one("ResNet's first layer", [224, 7, 2, 3, 1], "hidden"),
    one("the floor: a leftover column is dropped", [6, 3, 2, 0, 1], "hidden", "round down: a window that would run past the padded input does not count"),
    one("the floor with stride 3", [28, 3, 3, 0, 1], "hidden"),
    one("dilation 2 makes a 3-tap kernel span 5", [10, 3, 1, 0, 2], "hidden", "a dilated kernel spans d(k − 1) + 1 pixels"),
    one("dilation, stride and padding together", [13, 4, 3, 2, 2], "hidden"),
    one("a kernel larger than the padded input", [2, 5, 1, 0, 1], "hidden", "when no window fits, return 0"),
    one("a 1×1 kernel on a single pixel", [1, 1, 1, 0, 1], "hidden"),
  ],
});
