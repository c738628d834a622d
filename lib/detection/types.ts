/** An axis-aligned box in pixels: top-left corner (x, y), covering [x, x+width) × [y, y+height). Same as cv.Rect. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
