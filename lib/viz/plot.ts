import { displayBundle, type MimeBundle } from "./display";
import { toPlainFigure, titleText, type Figure } from "./figure";
import { figureToSvg } from "./figureToSvg";
import { ArgumentTypeError, describeValue } from "../core/errors";

/** The MIME bundle of a figure: Plotly JSON (interactive), a static SVG and a text summary. */
export function figureBundle(figure: Figure): MimeBundle {
  if (typeof figure !== "object" || figure === null || !Array.isArray(figure.data)) {
    throw new ArgumentTypeError("figure", `expected a Plotly figure {data: Trace[], layout?}, got ${describeValue(figure)}`);
  }
  const plain = toPlainFigure(figure);
  const title = titleText(plain.layout?.title);
  return {
    "application/vnd.plotly.v1+json": plain,
    "image/svg+xml": figureToSvg(plain),
    "text/plain": `[plot${title ? `: ${title}` : ""} — ${plain.data.length} trace(s)]`,
  };
}

/**
 * Show an interactive Plotly chart inline (JupyterLab with the plotly extension and VS Code render
 * it; other front ends fall back to a static SVG). Returns nothing, so a cell ending in `plot(…)`
 * prints no echo of the figure.
 * @example plot({ data: [{ x: [1, 2, 3], y: [2, 4, 3], name: "loss" }], layout: { title: "Loss" } });
 */
export function plot(figure: Figure): void {
  displayBundle(figureBundle(figure));
}
