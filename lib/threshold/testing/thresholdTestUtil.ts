/** Test helpers for the threshold module (not exported from the module). */
import type { Image } from "../../core/image";
import { seededRandom } from "../../core/random";
import { opencv, toMat, fromMat, withMats } from "../../cvbridge";

/** `cv.threshold` on the CV_8U version of `image`; returns OpenCV's threshold and the 0/1 image. */
export function cvThreshold8(image: Image, thresh: number, type: number): { threshold: number; image: Image } {
  const cv = opencv();
  return withMats((t) => {
    const dst = t(new cv.Mat());
    const value = cv.threshold(t(toMat(image, { depth: "uint8" })), dst, thresh, 255, type) as number;
    return { threshold: value, image: fromMat(dst) };
  });
}

/** An 8-bit-valued bimodal grey image: two Gaussian blobs of levels plus noise. */
export function bimodal(width: number, height: number, seed: number, m1 = 60, m2 = 180, s = 20, share = 0.3): Image {
  const rng = seededRandom(seed);
  const data = new Float32Array(width * height);
  for (let i = 0; i < data.length; i++) {
    const v = Math.round((rng.next() < share ? m2 : m1) + s * rng.normal());
    data[i] = Math.min(255, Math.max(0, v)) / 255;
  }
  return { width, height, channels: 1, data };
}

/** Uneven lighting: a ramp background with dark "ink" strokes, 8-bit valued. */
export function unevenPage(width: number, height: number, seed: number): Image {
  const rng = seededRandom(seed);
  const data = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const bg = 90 + (140 * x) / width + 20 * Math.sin(y / 7);
      const ink = (x + 2 * y) % 13 < 2 || rng.next() < 0.02 ? 70 : 0;
      data[y * width + x] = Math.min(255, Math.max(0, Math.round(bg - ink + 6 * rng.normal()))) / 255;
    }
  }
  return { width, height, channels: 1, data };
}
