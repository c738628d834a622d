import { ArgumentRangeError, ArgumentTypeError, describeValue } from "../core/errors";
import { checkInteger } from "../core/validate";
import type { Box } from "./types";

/** Options of {@link slidingWindows}. */
export interface SlidingWindowsOptions {
  /** Window size: `n` for n × n or `[width, height]`. @default 64 */
  window?: number | readonly [number, number];
  /** Step between windows in pixels: `s` or `[sx, sy]`. @default half the window */
  stride?: number | readonly [number, number];
}

const pair = (v: unknown, argument: string): [number, number] => {
  if (typeof v === "number") return [v, v];
  if (Array.isArray(v) && v.length === 2) return [v[0], v[1]];
  throw new ArgumentTypeError(argument, `expected a number or [x, y], got ${describeValue(v)}`);
};

/**
 * All window positions of a sliding-window detector over a `width` × `height` image, row by row:
 * x = 0, sx, 2sx, … while the window fits (x + w ≤ width), same for y. No partial windows;
 * an image smaller than the window gives none.
 * @example for (const box of slidingWindows(img.width, img.height, { window: 64, stride: 16 })) …
 * @see N. Dalal & B. Triggs, "Histograms of Oriented Gradients for Human Detection", CVPR 2005, §3.
 */
export function slidingWindows(width: number, height: number, options: SlidingWindowsOptions = {}): Box[] {
  const { window = 64 } = options;
  checkInteger(width, "width", { min: 0 });
  checkInteger(height, "height", { min: 0 });
  const [ww, wh] = pair(window, "options.window");
  checkInteger(ww, "options.window", { min: 1 });
  checkInteger(wh, "options.window", { min: 1 });
  const [sx, sy] = pair(options.stride ?? [Math.max(1, ww >> 1), Math.max(1, wh >> 1)], "options.stride");
  checkInteger(sx, "options.stride", { min: 1 });
  checkInteger(sy, "options.stride", { min: 1 });
  const count = (Math.floor((width - ww) / sx) + 1) * (Math.floor((height - wh) / sy) + 1);
  if (count > 5e6) throw new ArgumentRangeError("options.stride", `would produce ${count} windows; use a larger stride`);
  const boxes: Box[] = [];
  for (let y = 0; y + wh <= height; y += sy) for (let x = 0; x + ww <= width; x += sx) boxes.push({ x, y, width: ww, height: wh });
  return boxes;
}
