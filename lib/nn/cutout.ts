import type { Image } from "../core/image";
import type { Random } from "../core/random";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkImage, checkInteger, checkNumber, outputBuffer } from "../core/validate";

/** Options of {@link cutout}. */
export interface CutoutOptions {
  /** Side of the square hole, in pixels. @default a quarter of the smaller image side (at least 1) */
  size?: number;
  /** Value written into the hole (all channels). @default 0 */
  fill?: number;
  /** Buffer of `width·height·channels` floats to write the result into (reused across calls; may be `image.data` itself, in place); the returned image wraps it. @default a new buffer */
  out?: Float32Array;
}

/**
 * Cutout augmentation: blank a `size`×`size` square at a random position, so the network cannot
 * rely on any single region. The square's centre is drawn uniformly over the whole image (it may be
 * partly outside, as in the paper): `cx = random.int(width)`, then `cy = random.int(height)`. Same
 * size and channels; the input is not changed (unless `options.out` is its own buffer). Labels stay as they are.
 * @example const holed = nn.cutout(img, core.seededRandom(2), { size: 8 });
 * @see T. DeVries & G. W. Taylor, "Improved regularization of convolutional neural networks with Cutout", arXiv:1708.04552, 2017.
 */
export function cutout(image: Image, random: Random, options: CutoutOptions = {}): Image {
  checkImage(image, {}, "image");
  const { size = Math.max(1, Math.floor(Math.min(image.width, image.height) / 4)), fill = 0, out } = options;
  if (typeof random !== "object" || random === null || typeof random.int !== "function") {
    throw new ArgumentTypeError("random", `expected a Random from core.seededRandom(seed), got ${describeValue(random)}`);
  }
  checkInteger(size, "options.size", { min: 1 });
  checkNumber(fill, "options.fill");
  const { width, height, channels: c } = image;
  const cx = random.int(width);
  const cy = random.int(height);
  const x0 = Math.max(0, cx - (size >> 1));
  const y0 = Math.max(0, cy - (size >> 1));
  const x1 = Math.min(width, cx - (size >> 1) + size);
  const y1 = Math.min(height, cy - (size >> 1) + size);
  const data = outputBuffer(out, image.data.length);
  if (data !== image.data) data.set(image.data);
  for (let y = y0; y < y1; y++) data.fill(fill, (y * width + x0) * c, (y * width + x1) * c);
  return { width, height, channels: c, data };
}
