import type { Image } from "./image";
import { ArgumentTypeError, describeValue } from "./errors";
import { checkImage } from "./validate";

/**
 * Interleave single-channel planes of equal size into one image with `planes.length` channels
 * (the inverse of {@link splitChannels}). Like `cv.merge`.
 * @example const rgb = mergeChannels([r, g, b]);
 * @see Gonzalez & Woods, Digital Image Processing (4th ed.), §6.2.
 */
export function mergeChannels(planes: readonly Image[]): Image {
  if (!Array.isArray(planes) || planes.length === 0) {
    throw new ArgumentTypeError("planes", `expected a non-empty array of 1-channel images, got ${describeValue(planes)}`);
  }
  const first = planes[0]!;
  checkImage(first, { channels: 1 }, "planes[0]");
  const { width, height } = first;
  planes.forEach((p, k) => {
    checkImage(p, { channels: 1 }, `planes[${k}]`);
    if (p.width !== width || p.height !== height) {
      throw new ArgumentTypeError(`planes[${k}]`, `size ${p.width}×${p.height} differs from planes[0] ${width}×${height}`);
    }
  });
  const c = planes.length;
  const n = width * height;
  const data = new Float32Array(n * c);
  for (let k = 0; k < c; k++) {
    const src = planes[k]!.data;
    for (let i = 0, d = k; i < n; i++, d += c) data[d] = src[i]!;
  }
  return { width, height, channels: c, data };
}
