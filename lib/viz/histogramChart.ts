import { plot } from "./plot";
import type { Figure } from "./figure";
import { histogram8 } from "../histogram/histogram8";
import type { Image } from "../core/image";
import { checkImage } from "../core/validate";

/** Options of {@link histogramChart}. */
export interface HistogramChartOptions {
  /** Chart title. @default "Histogram" */
  title?: string;
  /** Channel names (one per channel). @default ["grey"] for 1 channel, ["red", "green", "blue", "alpha"] otherwise */
  names?: readonly string[];
  /** Add a second trace per channel with the cumulative distribution (0…1, right axis). @default false */
  cumulative?: boolean;
}

/**
 * The 8-bit histogram of each channel (levels round(v·255)) as a Plotly figure, one coloured line
 * per channel, optionally with its CDF.
 * @example const fig = histogramFigure(io.loadImage("raccoon"), { cumulative: true });
 */
export function histogramFigure(image: Image, options: HistogramChartOptions = {}): Figure {
  checkImage(image, {}, "image");
  const { title = "Histogram", names = image.channels === 1 ? ["grey"] : ["red", "green", "blue", "alpha"], cumulative = false } = options;
  const colours = image.channels === 1 ? ["#444"] : ["#d62728", "#2ca02c", "#1f77b4", "#7f7f7f"];
  const levels = Array.from({ length: 256 }, (_, i) => i);
  const data: Figure["data"] = [];
  histogram8(image).forEach((counts, k) => {
    const name = names[k] ?? `channel ${k}`;
    data.push({ type: "scatter", mode: "lines", name, x: levels, y: Array.from(counts), line: { color: colours[k % colours.length] } });
    if (cumulative) {
      let sum = 0;
      const total = counts.reduce((a, b) => a + b, 0);
      const cdf = Array.from(counts, (c) => (sum += c) / total);
      data.push({ type: "scatter", mode: "lines", name: `${name} CDF`, x: levels, y: cdf, yaxis: "y2", line: { color: colours[k % colours.length], dash: "dot" } });
    }
  });
  const figure: Figure = {
    data,
    layout: {
      title,
      xaxis: { title: "level (0–255)", range: [0, 255] },
      yaxis: { title: "pixels" },
      ...(cumulative ? { yaxis2: { title: "cumulative fraction", overlaying: "y", side: "right", range: [0, 1] } } : {}),
      height: 340,
    },
  };
  return figure;
}

/**
 * Show the 8-bit histogram of each channel as an interactive chart (see {@link histogramFigure}).
 * @example histogramChart(io.loadImage("raccoon"), { title: "raccoon" });
 */
export function histogramChart(image: Image, options: HistogramChartOptions = {}): void {
  plot(histogramFigure(image, options));
}
