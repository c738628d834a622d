import { displayBundle, escapeHtml } from "./display";
import { toDisplayable, type DisplayOptions } from "./toDisplayable";
import { encodePng } from "../io";
import type { Image } from "../core/image";

/** Options of {@link show}. */
export interface ShowOptions extends DisplayOptions {
  /** A caption shown above the image. @default none */
  title?: string;
}

/**
 * Show an image inline as a PNG (grey, RGB or RGBA; values in [0,1], or rescaled with
 * `normalize`). Tiny images are enlarged with visible pixels (see `scale`).
 * @example show(io.loadImage("raccoon"), { title: "raccoon" });
 */
export function show(image: Image, options: ShowOptions = {}): void {
  const { title } = options;
  const shown = toDisplayable(image, options);
  const png = Buffer.from(encodePng(shown)).toString("base64");
  const summary = `[image ${image.width}×${image.height}×${image.channels}${title ? `: ${title}` : ""}]`;
  if (title) {
    displayBundle({
      "text/html": `<figure style="margin:0"><figcaption style="font-weight:bold">${escapeHtml(title)}</figcaption><img src="data:image/png;base64,${png}" alt="${escapeHtml(title)}"/></figure>`,
      "image/png": png,
      "text/plain": summary,
    });
  } else {
    displayBundle({ "image/png": png, "text/plain": summary });
  }
}
