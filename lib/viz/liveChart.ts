import { createDisplay, inNotebook } from "./display";
import { figureBundle } from "./plot";
import type { Figure } from "./figure";

/** Options of {@link liveChart}. */
export interface LiveChartOptions {
  /** Chart title. @default "" */
  title?: string;
  /** Label of the x axis. @default "step" */
  xLabel?: string;
  /** Minimum milliseconds between redraws. @default 500 */
  intervalMs?: number;
}

/** A chart that grows while a loop runs. */
export interface LiveChart {
  /** Add one point per named series at `x`, e.g. `push(epoch, { loss: 0.3, accuracy: 0.9 })`. */
  push(x: number, values: Record<string, number>): void;
  /** Redraw with every point (call at the end). */
  finish(): void;
  /** The figure with every point so far. */
  figure(): Figure;
}

/**
 * A line chart updated in place (one output area) as values arrive — loss and accuracy during
 * training. Outside a notebook it draws only when finished.
 * @example const chart = liveChart({ title: "training" }); chart.push(1, { loss: 0.5 }); chart.finish();
 */
export function liveChart(options: LiveChartOptions = {}): LiveChart {
  const { title = "", xLabel = "step", intervalMs = 500 } = options;
  const display = createDisplay();
  const series = new Map<string, { x: number[]; y: number[] }>();
  let last = 0;
  const figure = (): Figure => ({
    data: [...series].map(([name, s]) => ({ type: "scatter", mode: "lines+markers", name, x: s.x, y: s.y })),
    layout: { title, xaxis: { title: xLabel }, height: 320 },
  });
  return {
    push(x: number, values: Record<string, number>): void {
      for (const [name, v] of Object.entries(values)) {
        let s = series.get(name);
        if (!s) series.set(name, (s = { x: [], y: [] }));
        s.x.push(x);
        s.y.push(v);
      }
      const now = Date.now();
      if (now - last >= intervalMs) {
        last = now;
        if (inNotebook()) display.update(figureBundle(figure()));
      }
    },
    finish(): void {
      display.update(figureBundle(figure()));
    },
    figure,
  };
}
