import type { Image } from "../core/image";
import { ArgumentTypeError } from "../core/errors";
import { checkImage } from "../core/validate";

/**
 * Non-maximum suppression along the gradient direction (the thinning step of Canny). Each pixel's
 * direction `angle` (degrees, any range; taken mod 180) is quantised to one of four neighbour pairs:
 * [0, 22.5) ∪ [157.5, 180) → left/right; [22.5, 67.5) → up-left/down-right (y grows down, so
 * 45° points to +x, +y); [67.5, 112.5) → up/down; [112.5, 157.5) → up-right/down-left. A pixel keeps
 * its magnitude when it is greater than the neighbour behind (left, up) and ≥ the one ahead (right,
 * down) — on diagonals greater than both — exactly the tie rule of cv.Canny, so a two-pixel plateau
 * keeps one pixel; otherwise it becomes 0. Pixels outside the image count as 0.
 * @param magnitude gradient magnitude (grey image, ≥ 0), e.g. `sobel(img).magnitude`.
 * @param angle gradient direction in degrees, same size, e.g. `sobel(img).angle`.
 * @returns a new image: the magnitude where it is a local maximum across the edge, 0 elsewhere.
 * @example const thin = edges.nonMaxSuppression(g.magnitude, g.angle);
 * @see J. Canny, "A computational approach to edge detection", IEEE PAMI 8(6), 1986, §IV.
 */
export function nonMaxSuppression(magnitude: Image, angle: Image): Image {
  checkImage(magnitude, { channels: 1 }, "magnitude");
  checkImage(angle, { channels: 1 }, "angle");
  const { width: w, height: h } = magnitude;
  if (angle.width !== w || angle.height !== h) {
    throw new ArgumentTypeError("angle", `must be ${w}×${h} like magnitude, got ${angle.width}×${angle.height}`);
  }
  const m = magnitude.data, a = angle.data;
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const v = m[i]!;
      if (v <= 0) continue;
      let t = a[i]! % 180;
      if (t < 0) t += 180;
      let dx: number, dy: number, strictAhead: boolean;
      if (t < 22.5 || t >= 157.5) { dx = 1; dy = 0; strictAhead = false; }
      else if (t < 67.5) { dx = 1; dy = 1; strictAhead = true; }
      else if (t < 112.5) { dx = 0; dy = 1; strictAhead = false; }
      else { dx = -1; dy = 1; strictAhead = true; }
      // "behind" is the neighbour at −(dx, dy) except for the anti-diagonal, whose "behind" is up-right.
      const bx = x - dx, by = y - dy, fx = x + dx, fy = y + dy;
      const behind = bx >= 0 && bx < w && by >= 0 && by < h ? m[by * w + bx]! : 0;
      const ahead = fx >= 0 && fx < w && fy >= 0 && fy < h ? m[fy * w + fx]! : 0;
      if (v > behind && (strictAhead ? v > ahead : v >= ahead)) out[i] = v;
    }
  }
  return { width: w, height: h, channels: 1, data: out };
}
