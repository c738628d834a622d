/** Test helpers for the colour module (not exported from the module). */
import type { Image } from "../../core/image";
import { opencv, toMat, fromMat, withMats } from "../../cvbridge";
import { randomImage } from "../../core/random";

/** `cv.cvtColor(image, code)` on a CV_32F Mat, back as an Image. */
export function cvtColor(image: Image, code: number): Image {
  const cv = opencv();
  return withMats((t) => {
    const dst = t(new cv.Mat());
    cv.cvtColor(t(toMat(image)), dst, code);
    return fromMat(dst);
  });
}

/** Reorder channels: `out[..., k] = image[..., order[k]]`. */
export function permuteChannels(image: Image, order: readonly number[]): Image {
  const { width, height, channels: c, data } = image;
  const out = new Float32Array(data.length);
  for (let i = 0; i < data.length; i += c) for (let k = 0; k < c; k++) out[i + k] = data[i + order[k]!]!;
  return { width, height, channels: c, data: out };
}

/**
 * A 3-channel test image: random pixels plus "real-ish" ones — primaries, secondaries, greys,
 * black, white, skin/sky/foliage tones and pixels with two equal channels (hue-sector ties).
 */
export function colourTestImage(seed = 1): Image {
  const special = [
    [0, 0, 0], [1, 1, 1], [0.5, 0.5, 0.5], [0.2, 0.2, 0.2],
    [1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0], [0, 1, 1], [1, 0, 1],
    [0.87, 0.72, 0.53], [0.53, 0.81, 0.92], [0.13, 0.55, 0.13], [0.6, 0.4, 0.2],
    [0.3, 0.3, 0.9], [0.9, 0.3, 0.3], [0.3, 0.9, 0.9], [0.25, 0.75, 0.25],
  ];
  const rnd = randomImage(16, 8, 3, seed);
  const data = rnd.data;
  special.forEach((px, i) => data.set(px, i * 3));
  return rnd;
}
