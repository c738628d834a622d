import { displayBundle, escapeHtml } from "./display";
import { toDisplayable, type DisplayOptions } from "./toDisplayable";
import { encodePng } from "../io";
import type { Image } from "../core/image";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkInteger } from "../core/validate";

/** Options of {@link showGrid}. */
export interface ShowGridOptions extends DisplayOptions {
  /** One caption per image. @default none */
  titles?: readonly string[];
  /** Images per row. @default min(count, 4) */
  columns?: number;
  /** A heading above the grid. @default none */
  title?: string;
  /** Display width of each cell in CSS pixels (images keep their aspect ratio). @default 220 */
  cellWidth?: number;
}

/**
 * Show several images side by side with captions (e.g. "ours", "OpenCV", "difference").
 * @example showGrid([img, blurred], { titles: ["original", "blurred"] });
 */
export function showGrid(images: readonly Image[], options: ShowGridOptions = {}): void {
  const { titles = [], columns = Math.min(images.length, 4), title, cellWidth = 220 } = options;
  if (!Array.isArray(images) || images.length === 0) {
    throw new ArgumentTypeError("images", `expected a non-empty array of images, got ${describeValue(images)}`);
  }
  checkInteger(columns, "options.columns", { min: 1 });
  const cells = images.map((img, i) => {
    // Twice the cell width keeps the picture sharp on high-density screens without megabytes of PNG.
    const png = Buffer.from(encodePng(toDisplayable(img, { maxWidth: 2 * cellWidth, ...options }))).toString("base64");
    const caption = titles[i] ? `<div style="text-align:center">${escapeHtml(titles[i]!)}</div>` : "";
    return `<td style="vertical-align:top;padding:4px"><img src="data:image/png;base64,${png}" style="width:${cellWidth}px;image-rendering:pixelated"/>${caption}</td>`;
  });
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += columns) rows.push(`<tr>${cells.slice(i, i + columns).join("")}</tr>`);
  const heading = title ? `<div style="font-weight:bold">${escapeHtml(title)}</div>` : "";
  displayBundle({
    "text/html": `${heading}<table style="border-collapse:collapse">${rows.join("")}</table>`,
    "text/plain": `[${images.length} images${title ? `: ${title}` : ""}${titles.length ? ` — ${titles.join(", ")}` : ""}]`,
  });
}
