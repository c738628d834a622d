import { nn } from "@cv-roadmap/lib";
import { closeArray, defineExercise, test } from "../../define";

type LayerSpec =
  | { type: "conv2d"; filters: number; kernelSize: number; strides?: number; padding?: "valid" | "same"; useBias?: boolean }
  | { type: "maxPooling2d"; poolSize: number; strides?: number }
  | { type: "flatten" }
  | { type: "dense"; units: number; useBias?: boolean };
type Args = [[number, number, number], LayerSpec[]];

/** The reference: build the same model with tf.layers and ask each layer for countParams(). */
function tfCounts(inputShape: [number, number, number], layers: LayerSpec[]): number[] {
  const tf = nn.tf();
  const model = tf.sequential();
  layers.forEach((l, i) => {
    const first = i === 0 ? { inputShape } : {};
    switch (l.type) {
      case "conv2d":
        model.add(tf.layers.conv2d({ ...first, filters: l.filters, kernelSize: l.kernelSize, strides: l.strides ?? 1, padding: l.padding ?? "valid", useBias: l.useBias ?? true }));
        break;
      case "maxPooling2d":
        model.add(tf.layers.maxPooling2d({ ...first, poolSize: l.poolSize, strides: l.strides ?? l.poolSize }));
        break;
      case "flatten":
        model.add(tf.layers.flatten(first));
        break;
      case "dense":
        model.add(tf.layers.dense({ ...first, units: l.units, useBias: l.useBias ?? true }));
        break;
    }
  });
  const counts = model.layers.map((layer) => layer.countParams());
  model.dispose();
  return counts;
}

const lenet: LayerSpec[] = [
  { type: "conv2d", filters: 6, kernelSize: 5, padding: "same" },
  { type: "maxPooling2d", poolSize: 2 },
  { type: "conv2d", filters: 16, kernelSize: 5 },
  { type: "maxPooling2d", poolSize: 2 },
  { type: "flatten" },
  { type: "dense", units: 120 },
  { type: "dense", units: 84 },
  { type: "dense", units: 10 },
];

export default defineExercise({
  id: "w03d01-param-count",
  title: "Count the parameters of a small CNN, layer by layer",
  points: 2,
  defines: ["countParams"],
  offLimits: { lib: ["nn.summary", "nn.createLenet5"] },
  tests: [
    test({
      name: "one 3×3 conv layer, 3 → 8 channels: (3·3·3 + 1)·8 = 224",
      points: 0.3,
      visibility: "visible",
      input: (): Args => [[32, 32, 3], [{ type: "conv2d", filters: 8, kernelSize: 3 }]],
      expected: tfCounts,
      compare: closeArray(0),
      hint: "each of the 8 filters has 3·3 weights per INPUT channel, plus one bias",
    }),
    test({
      name: "flatten + dense on a 28×28×1 image: [0, 28·28·10 + 10]",
      points: 0.3,
      visibility: "visible",
      input: (): Args => [[28, 28, 1], [{ type: "flatten" }, { type: "dense", units: 10 }]],
      expected: tfCounts,
      compare: closeArray(0),
      hint: "flatten has no parameters; a dense layer has inputs·units weights and units biases",
    }),
    test({
      name: "LeNet-5 with max pooling (shapes shrink through valid conv and pooling before the dense layers)",
      points: 0.4,
      visibility: "hidden",
      input: (): Args => [[28, 28, 1], lenet],
      expected: tfCounts,
      compare: closeArray(0),
    }),
    test({
      name: "layers without bias (useBias: false)",
      points: 0.25,
      visibility: "hidden",
      input: (): Args => [[16, 16, 2], [{ type: "conv2d", filters: 4, kernelSize: 3, useBias: false }, { type: "flatten" }, { type: "dense", units: 5, useBias: false }]],
      expected: tfCounts,
      compare: closeArray(0),
    }),
    test({
      name: "strided convolutions (same → ⌈n/s⌉, valid → ⌊(n − k)/s⌋ + 1) and an overlapping 3×3 / stride 2 pooling",
      points: 0.4,
      visibility: "hidden",
      input: (): Args => [[37, 29, 3], [
        { type: "conv2d", filters: 8, kernelSize: 3, strides: 2, padding: "same" },
        { type: "conv2d", filters: 12, kernelSize: 3, strides: 2 },
        { type: "maxPooling2d", poolSize: 3, strides: 2 },
        { type: "flatten" },
        { type: "dense", units: 7 },
      ]],
      expected: tfCounts,
      compare: closeArray(0),
    }),
    test({
      name: "a VGG-style block on 64×64×3: two 3×3 convs with 32 filters, pooling, flatten, dense 64, dense 10",
      points: 0.35,
      visibility: "hidden",
      input: (): Args => [[64, 64, 3], [
        { type: "conv2d", filters: 32, kernelSize: 3, padding: "same" },
        { type: "conv2d", filters: 32, kernelSize: 3, padding: "same" },
        { type: "maxPooling2d", poolSize: 2 },
        { type: "flatten" },
        { type: "dense", units: 64 },
        { type: "dense", units: 10 },
      ]],
      expected: tfCounts,
      compare: closeArray(0),
    }),
  ],
});
