import type { Image } from "../core/image";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkImage } from "../core/validate";
import { checkContour, type Point } from "./point";

/**
 * A copy of `image` with each contour drawn as a closed 1-pixel polyline (Bresenham segments
 * between consecutive points) in `color` — for demos. `color` is one value for every channel or
 * one value per channel, in the image's units ([0, 1]). Points outside the image are clipped.
 * @example display(contours.drawContours(rgb, found.contours, [1, 0, 0]));
 */
export function drawContours(image: Image, contours: readonly (readonly Point[])[], color: number | readonly number[]): Image {
  checkImage(image, {}, "image");
  if (!Array.isArray(contours)) throw new ArgumentTypeError("contours", `expected an array of contours, got ${describeValue(contours)}`);
  contours.forEach((c, i) => checkContour(c, `contours[${i}]`));
  const { width: w, height: h, channels: ch } = image;
  const col = typeof color === "number" ? new Array<number>(ch).fill(color) : Array.from(color);
  if (col.length !== ch || col.some((v) => typeof v !== "number" || !Number.isFinite(v))) {
    throw new ArgumentTypeError("color", `expected a number or ${ch} numbers, got ${describeValue(color)}`);
  }
  const data = image.data.slice();
  const plot = (x: number, y: number) => {
    if (x < 0 || y < 0 || x >= w || y >= h) return;
    const o = (y * w + x) * ch;
    for (let c = 0; c < ch; c++) data[o + c] = col[c]!;
  };
  for (const contour of contours) {
    const n = contour.length;
    for (let i = 0; i < n; i++) {
      const a = contour[i]!, b = contour[(i + 1) % n]!;
      let x0 = Math.round(a.x), y0 = Math.round(a.y);
      const x1 = Math.round(b.x), y1 = Math.round(b.y);
      const dx = Math.abs(x1 - x0), dy = -Math.abs(y1 - y0);
      const sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1;
      let err = dx + dy;
      for (;;) {
        plot(x0, y0);
        if (x0 === x1 && y0 === y1) break;
        const e2 = 2 * err;
        if (e2 >= dy) { err += dy; x0 += sx; }
        if (e2 <= dx) { err += dx; y0 += sy; }
      }
    }
  }
  return { width: w, height: h, channels: ch, data };
}
