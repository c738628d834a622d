import type * as tfjs from "@tensorflow/tfjs";
import { ArgumentTypeError, describeValue } from "../core/errors";

/** One layer in a {@link ModelSummary}. */
export interface SummaryRow {
  /** Layer name, e.g. `conv2d_1`. */
  name: string;
  /** Layer class, e.g. `Conv2D`. */
  type: string;
  /** Output shape with `null` for the batch dimension, as text: `[null,28,28,6]`. */
  outputShape: string;
  /** Parameters of this layer (weights + biases, trainable or not). */
  params: number;
}

/** A model's layers and parameter counts, as rows and as a printable table. */
export interface ModelSummary {
  rows: SummaryRow[];
  /** All parameters. */
  totalParams: number;
  /** Parameters the optimiser updates. */
  trainableParams: number;
  /** Parameters it does not (batch-norm running statistics, frozen layers). */
  nonTrainableParams: number;
  /** The table as fixed-width text (what Keras's `model.summary()` prints). */
  text: string;
}

function shapeText(shape: unknown): string {
  return JSON.stringify(shape).replace(/,/g, ", ");
}

function countParams(weights: readonly { shape: readonly (number | null)[] }[]): number {
  let n = 0;
  for (const w of weights) n += w.shape.reduce<number>((a, b) => a * (b ?? 1), 1);
  return n;
}

/**
 * Summarise a built TensorFlow.js layers model: each layer's name, type, output shape and parameter
 * count, and the trainable / non-trainable totals. Prints nothing (display `.text` or `.rows`).
 * A conv layer with k×k kernels, C_in inputs and C_out filters has (k·k·C_in + 1)·C_out parameters.
 * @example console.log(nn.summary(nn.createLenet5()).text);
 * @see F. Chollet, Deep Learning with Python, 2nd ed., §7.2 (model.summary()).
 */
export function summary(model: tfjs.LayersModel): ModelSummary {
  if (typeof model !== "object" || model === null || !Array.isArray((model as { layers?: unknown }).layers)) {
    throw new ArgumentTypeError("model", `expected a TensorFlow.js LayersModel (tf.sequential() or tf.model()), got ${describeValue(model)}`);
  }
  const rows: SummaryRow[] = model.layers.map((layer) => ({
    name: layer.name,
    type: layer.getClassName(),
    outputShape: shapeText(layer.outputShape),
    params: layer.countParams(),
  }));
  const trainableParams = countParams(model.trainableWeights);
  const nonTrainableParams = countParams(model.nonTrainableWeights);
  const totalParams = trainableParams + nonTrainableParams;
  const headers = ["Layer (type)", "Output shape", "Param #"];
  const cells = rows.map((r) => [`${r.name} (${r.type})`, r.outputShape, r.params.toLocaleString("en-US")]);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]): string => c.map((v, i) => (i === 2 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join("   ");
  const rule = (ch: string): string => ch.repeat(widths.reduce((a, b) => a + b, 0) + 6);
  const text = [
    `Model: "${model.name}"`,
    rule("_"),
    line(headers),
    rule("="),
    ...cells.map(line),
    rule("="),
    `Total params: ${totalParams.toLocaleString("en-US")}`,
    `Trainable params: ${trainableParams.toLocaleString("en-US")}`,
    `Non-trainable params: ${nonTrainableParams.toLocaleString("en-US")}`,
  ].join("\n");
  return { rows, totalParams, trainableParams, nonTrainableParams, text };
}
