import type { Image } from "../core/image";
import type { Random } from "../core/random";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkImage, checkInteger, checkNumber } from "../core/validate";

/** Options of {@link randomCropFlip}. */
export interface RandomCropFlipOptions {
  /** Border of `fill` added on every side before a window of the original size is cut out again: shifts of −padding…+padding pixels. @default 4 */
  padding?: number;
  /** Probability of mirroring left↔right after the crop. @default 0.5 */
  flipProbability?: number;
  /** Value of the added border (0 = black, the background of Fashion-MNIST). @default 0 */
  fill?: number;
}

/**
 * The classic label-preserving augmentation of small-image classifiers: pad by `padding`, cut a
 * random window of the original size (a shift by up to ±padding in x and y), then mirror it
 * left↔right with probability `flipProbability`. Same size and channels as the input; the input is
 * not changed. Draws from `random`, in this order: `dx = random.int(2·padding + 1)`,
 * `dy = random.int(2·padding + 1)`, `flip = random.next() < flipProbability`; so
 * `out(x, y) = in(x' + dx − padding, y + dy − padding)` with `x' = flip ? W−1−x : x`, `fill`
 * outside the input.
 * @example const augmented = nn.randomCropFlip(img, core.seededRandom(1), { padding: 2 });
 * @see A. Krizhevsky, I. Sutskever, G. Hinton, "ImageNet classification with deep convolutional neural networks", NIPS 2012, §4.1; K. He et al., "Deep residual learning", CVPR 2016, §4.2 (pad 4, crop, flip).
 */
export function randomCropFlip(image: Image, random: Random, options: RandomCropFlipOptions = {}): Image {
  const { padding = 4, flipProbability = 0.5, fill = 0 } = options;
  checkImage(image, {}, "image");
  if (typeof random !== "object" || random === null || typeof random.next !== "function" || typeof random.int !== "function") {
    throw new ArgumentTypeError("random", `expected a Random from core.seededRandom(seed), got ${describeValue(random)}`);
  }
  checkInteger(padding, "options.padding", { min: 0 });
  checkNumber(flipProbability, "options.flipProbability", { min: 0, max: 1 });
  checkNumber(fill, "options.fill");
  const dx = random.int(2 * padding + 1) - padding;
  const dy = random.int(2 * padding + 1) - padding;
  const flip = random.next() < flipProbability;
  const { width, height, channels: c, data: src } = image;
  const data = new Float32Array(src.length);
  if (fill !== 0) data.fill(fill);
  for (let y = 0; y < height; y++) {
    const sy = y + dy;
    if (sy < 0 || sy >= height) continue;
    const srcRow = sy * width;
    const dstRow = y * width;
    for (let x = 0; x < width; x++) {
      const sx = (flip ? width - 1 - x : x) + dx;
      if (sx < 0 || sx >= width) continue;
      const s = (srcRow + sx) * c;
      const d = (dstRow + x) * c;
      for (let k = 0; k < c; k++) data[d + k] = src[s + k]!;
    }
  }
  return { width, height, channels: c, data };
}
