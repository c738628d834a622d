import { escapeHtml } from "./display";
import { titleText, type Figure, type Trace } from "./figure";

const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"];

function numbers(values: ArrayLike<number | string> | undefined, n: number): number[] {
  if (!values) return Array.from({ length: n }, (_, i) => i);
  return Array.from(values, (v, i) => (typeof v === "number" ? v : i));
}

function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const step0 = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= step0) ?? step0;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/**
 * A static SVG rendering of a Plotly figure, for front ends without Plotly's renderer (GitHub's
 * notebook view, nbconvert): scatter lines/markers, bars and heatmaps on linear, log or category
 * axes (with `range` and a reversed y axis honoured), ticks, titles and a legend. Interactive features (hover, zoom) exist only in the Plotly rendering.
 * @example figureToSvg({ data: [{ y: [1, 3, 2] }] })
 */
export function figureToSvg(figure: Figure, options: { width?: number; height?: number } = {}): string {
  const { width = Number(figure.layout?.width ?? 640), height = Number(figure.layout?.height ?? 360) } = options;
  const margin = { left: 60, right: 120, top: 36, bottom: 44 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const traces = figure.data;
  // Axes: linear, log (values and ticks in log10 units, labelled 10^k) or categories (string x values).
  const xLog = figure.layout?.xaxis?.["type"] === "log";
  const yLog = figure.layout?.yaxis?.["type"] === "log";
  const categories: string[] = [];
  const toX = (v: number | string): number => {
    if (typeof v === "string") {
      let k = categories.indexOf(v);
      if (k < 0) k = categories.push(v) - 1;
      return k;
    }
    return xLog ? (v > 0 ? Math.log10(v) : NaN) : v;
  };
  const toY = (v: number | string): number => (typeof v !== "number" ? NaN : yLog ? (v > 0 ? Math.log10(v) : NaN) : v);
  let xmin = Infinity, xmax = -Infinity, ymin = Infinity, ymax = -Infinity;
  const extend = (xs: number[], ys: number[]): void => {
    for (const x of xs) if (Number.isFinite(x)) { xmin = Math.min(xmin, x); xmax = Math.max(xmax, x); }
    for (const y of ys) if (Number.isFinite(y)) { ymin = Math.min(ymin, y); ymax = Math.max(ymax, y); }
  };
  const series = traces.map((t: Trace) => {
    if (t.type === "heatmap" && t.z) {
      const rows = t.z.length, cols = t.z[0]?.length ?? 0;
      extend([-0.5, cols - 0.5], [-0.5, rows - 0.5]);
      return { t, xs: [] as number[], ys: [] as number[] };
    }
    const n = t.y?.length ?? t.x?.length ?? 0;
    const xs = t.x ? Array.from(t.x, toX) : numbers(undefined, n);
    const ys = t.y ? Array.from(t.y, toY) : numbers(undefined, n);
    extend(xs, t.type === "bar" && !yLog ? [...ys, 0] : ys);
    return { t, xs, ys };
  });
  const range = (axis: { [k: string]: unknown } | undefined): [number, number] | undefined => {
    const r = axis?.["range"];
    return Array.isArray(r) && r.length === 2 && r.every((v) => typeof v === "number" && Number.isFinite(v)) ? [r[0], r[1]] : undefined;
  };
  const xRange = range(figure.layout?.xaxis);
  const yRange = range(figure.layout?.yaxis);
  if (xRange) [xmin, xmax] = xRange;
  if (yRange) [ymin, ymax] = yRange;
  if (!Number.isFinite(xmin)) { xmin = 0; xmax = 1; }
  if (!Number.isFinite(ymin)) { ymin = 0; ymax = 1; }
  if (xmax === xmin) { xmin -= 0.5; xmax += 0.5; }
  if (ymax === ymin) { ymin -= 0.5; ymax += 0.5; }
  if (categories.length > 0) { xmin = Math.min(xmin, -0.5); xmax = Math.max(xmax, categories.length - 0.5); }
  const yReversed = figure.layout?.yaxis?.["autorange"] === "reversed";
  const sx = (x: number): number => margin.left + ((x - xmin) / (xmax - xmin)) * plotW;
  const sy = (y: number): number => margin.top + (yReversed ? (y - ymin) / (ymax - ymin) : 1 - (y - ymin) / (ymax - ymin)) * plotH;
  const label = (v: number, log: boolean): string => (log ? (Number.isInteger(v) ? `1e${v}` : "") : String(v));
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`);
  parts.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  parts.push(`<clipPath id="plot-area"><rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}"/></clipPath>`);
  const xTicks = categories.length > 0 ? categories.map((_, k) => k).filter((k) => k % Math.ceil(categories.length / 20) === 0) : niceTicks(xmin, xmax);
  for (const tx of xTicks) {
    const text = categories.length > 0 ? escapeHtml(categories[tx] ?? "") : label(tx, xLog);
    parts.push(`<line x1="${sx(tx)}" y1="${margin.top}" x2="${sx(tx)}" y2="${margin.top + plotH}" stroke="#eee"/>`);
    parts.push(`<text x="${sx(tx)}" y="${margin.top + plotH + 14}" text-anchor="middle">${text}</text>`);
  }
  for (const ty of niceTicks(Math.min(ymin, ymax), Math.max(ymin, ymax))) {
    parts.push(`<line x1="${margin.left}" y1="${sy(ty)}" x2="${margin.left + plotW}" y2="${sy(ty)}" stroke="#eee"/>`);
    parts.push(`<text x="${margin.left - 6}" y="${sy(ty) + 4}" text-anchor="end">${label(ty, yLog)}</text>`);
  }
  parts.push(`<g clip-path="url(#plot-area)">`);
  const legend: string[] = [];
  series.forEach(({ t, xs, ys }, i) => {
    const fallback = PALETTE[i % PALETTE.length]!;
    const markerColor = (t["marker"] as { color?: unknown } | undefined)?.color;
    const lineColor = (t["line"] as { color?: unknown } | undefined)?.color;
    // A colour per point (an array) colours each bar/marker; one colour colours the trace.
    const colorAt = (k: number): string =>
      Array.isArray(markerColor) ? String(markerColor[k] ?? fallback) : String(markerColor ?? lineColor ?? fallback);
    const color = Array.isArray(markerColor) ? String(lineColor ?? fallback) : colorAt(0);
    if (t.type === "heatmap" && t.z) {
      let lo = Infinity, hi = -Infinity;
      for (const row of Array.from(t.z)) for (const v of Array.from(row)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
      const rows = t.z.length, cols = t.z[0]?.length ?? 0;
      const stepR = Math.max(1, Math.ceil(rows / 128)), stepC = Math.max(1, Math.ceil(cols / 128));
      for (let r = 0; r < rows; r += stepR) for (let c = 0; c < cols; c += stepC) {
        const v = (t.z[r]![c]! - lo) / (hi - lo || 1);
        const g = Math.round(255 * v);
        const [y0, y1] = [sy(r - 0.5), sy(r + stepR - 0.5)]; // either order: the y axis may be reversed
        parts.push(`<rect x="${sx(c - 0.5).toFixed(2)}" y="${Math.min(y0, y1).toFixed(2)}" width="${(sx(c + stepC - 0.5) - sx(c - 0.5)).toFixed(2)}" height="${Math.abs(y0 - y1).toFixed(2)}" fill="rgb(${g},${g},${Math.round(255 - g / 2)})"/>`);
      }
    } else if (t.type === "bar") {
      const bw = Math.max(1, (plotW / Math.max(xs.length, 1)) * 0.8);
      xs.forEach((x, k) => {
        const y0 = sy(Math.max(0, ymin)), y1 = sy(ys[k]!);
        parts.push(`<rect x="${(sx(x) - bw / 2).toFixed(2)}" y="${Math.min(y0, y1).toFixed(2)}" width="${bw.toFixed(2)}" height="${Math.abs(y0 - y1).toFixed(2)}" fill="${colorAt(k)}"/>`);
      });
    } else {
      const mode = t.mode ?? (xs.length > 20 ? "lines" : "lines+markers");
      const pts = xs.map((x, k) => [sx(x), sy(ys[k]!)] as const).filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
      if (mode.includes("lines")) parts.push(`<polyline fill="none" stroke="${color}" stroke-width="1.5" points="${pts.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(" ")}"/>`);
      if (mode.includes("markers")) pts.forEach(([a, b], k) => parts.push(`<circle cx="${a.toFixed(1)}" cy="${b.toFixed(1)}" r="2.5" fill="${colorAt(k)}"/>`));
    }
    if (t.name) {
      const ly = margin.top + 14 * i + 6;
      legend.push(`<rect x="${margin.left + plotW + 10}" y="${ly - 6}" width="10" height="10" fill="${color}"/>`);
      legend.push(`<text x="${margin.left + plotW + 24}" y="${ly + 3}">${escapeHtml(t.name)}</text>`);
    }
  });
  parts.push("</g>", ...legend);
  parts.push(`<rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#444"/>`);
  const title = titleText(figure.layout?.title);
  if (title) parts.push(`<text x="${width / 2}" y="20" text-anchor="middle" font-size="14">${escapeHtml(title)}</text>`);
  const xt = titleText(figure.layout?.xaxis?.title);
  if (xt) parts.push(`<text x="${margin.left + plotW / 2}" y="${height - 8}" text-anchor="middle">${escapeHtml(xt)}</text>`);
  const yt = titleText(figure.layout?.yaxis?.title);
  if (yt) parts.push(`<text transform="translate(14 ${margin.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(yt)}</text>`);
  parts.push("</svg>");
  return parts.join("");
}
