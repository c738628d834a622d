import { plot } from "./plot";
import type { Figure } from "./figure";
import { ArgumentTypeError, describeValue } from "../core/errors";

/** Options of {@link confusionMatrixFigure} / {@link confusionMatrixChart}. */
export interface ConfusionMatrixChartOptions {
  /** Name of each class, in label order. @default ["0", "1", …] */
  classNames?: readonly string[];
  /** Chart title. @default "Confusion matrix" */
  title?: string;
  /** Show each row as fractions of its true class (recall per class on the diagonal) instead of counts. @default false */
  normalize?: boolean;
}

/**
 * A confusion matrix (rows = true class, columns = predicted class, as `ml.confusionMatrix`
 * returns it) as a Plotly heatmap with the value written in every cell; the first class on top.
 * @example const fig = confusionMatrixFigure(ml.confusionMatrix(truth, predicted), { classNames: ["cat", "dog"] });
 */
export function confusionMatrixFigure(matrix: readonly (readonly number[])[], options: ConfusionMatrixChartOptions = {}): Figure {
  const k = Array.isArray(matrix) ? matrix.length : 0;
  if (k === 0 || !matrix.every((row) => Array.isArray(row) && row.length === k && row.every((v) => typeof v === "number" && Number.isFinite(v)))) {
    throw new ArgumentTypeError("matrix", `expected a non-empty square array of finite numbers (k rows of k), got ${describeValue(matrix)}`);
  }
  const { classNames = Array.from({ length: k }, (_, i) => String(i)), title = "Confusion matrix", normalize = false } = options;
  if (!Array.isArray(classNames) || classNames.length !== k) {
    throw new ArgumentTypeError("options.classNames", `expected ${k} class names, got ${describeValue(classNames)}`);
  }
  const z = matrix.map((row) => {
    const sum = row.reduce((a, b) => a + b, 0);
    return normalize ? row.map((v) => (sum > 0 ? v / sum : 0)) : [...row];
  });
  const label = (v: number) => (normalize ? v.toFixed(2) : String(v));
  const names = classNames.map(String);
  return {
    data: [
      {
        type: "heatmap",
        x: names,
        y: names,
        z,
        text: z.map((row) => row.map(label)),
        texttemplate: "%{text}",
        hovertemplate: "true %{y}<br>predicted %{x}<br>%{text}<extra></extra>",
        colorscale: "Blues",
        showscale: false,
      },
    ],
    layout: {
      title,
      xaxis: { title: "predicted class", side: "bottom" },
      yaxis: { title: "true class", autorange: "reversed" },
      height: Math.max(300, 60 + 36 * k),
      width: Math.max(360, 160 + 44 * k),
    },
  };
}

/**
 * Show a confusion matrix as an interactive heatmap (see {@link confusionMatrixFigure}).
 * @example confusionMatrixChart(ml.confusionMatrix(truth, predicted), { classNames: io.fashionMnistClassNames });
 */
export function confusionMatrixChart(matrix: readonly (readonly number[])[], options: ConfusionMatrixChartOptions = {}): void {
  plot(confusionMatrixFigure(matrix, options));
}
