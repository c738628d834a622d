/**
 * Plotly figures as plain data (https://plotly.com/javascript/reference/): notebooks render them
 * interactively through `application/vnd.plotly.v1+json`. Only the fields the course uses are
 * typed; any other Plotly attribute may be added.
 */
export interface Trace {
  /** "scatter" (default), "bar", "heatmap", "histogram", … */
  type?: string;
  name?: string;
  x?: ArrayLike<number | string>;
  y?: ArrayLike<number | string>;
  z?: ArrayLike<ArrayLike<number>>;
  /** For scatter: "lines", "markers", "lines+markers". */
  mode?: string;
  [attribute: string]: unknown;
}

export interface Layout {
  title?: string | { text: string };
  xaxis?: { title?: string | { text: string }; [k: string]: unknown };
  yaxis?: { title?: string | { text: string }; [k: string]: unknown };
  width?: number;
  height?: number;
  [attribute: string]: unknown;
}

export interface Figure {
  data: Trace[];
  layout?: Layout;
}

/** The text of a title that may be a string or `{text}`. */
export function titleText(title: string | { text: string } | undefined): string {
  return typeof title === "string" ? title : (title?.text ?? "");
}

/** Plain arrays (typed arrays become `number[]`) so the figure serialises as JSON. */
export function toPlainFigure(figure: Figure): Figure {
  const plain = (v: unknown): unknown =>
    ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : Array.isArray(v) ? v.map(plain) : v;
  return {
    data: figure.data.map((t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, plain(v)])) as Trace),
    layout: figure.layout ?? {},
  };
}
