import type { Image } from "../core/image";
import type { Random } from "../core/random";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkImage, checkInteger, checkNumber, outputBuffer } from "../core/validate";

/** Options of {@link randomCropFlip}. */
export interface RandomCropFlipOptions {
  /** Border of `fill` added on every side before a window of the original size is cut out again: shifts of −padding…+padding pixels. @default 4 */
  padding?: number;
  /** Probability of mirroring left↔right after the crop. @default 0.5 */
  flipProbability?: number;
  /** Value of the added border (0 = black, the background of Fashion-MNIST). @default 0 */
  fill?: number;
  /** Buffer of `width·height·channels` floats to write the result into (reused across calls); the returned image wraps it. @default a new buffer */
  out?: Float32Array;
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
  const { padding = 4, flipProbability = 0.5, fill = 0, out } = options;
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
  const data = outputBuffer(out, src.length);
  if (data === src) throw new ArgumentTypeError("options.out", "must not be the input image's own buffer");
  const rowLen = width * c;
  // Output columns whose source column x' + dx lies inside the image: [x0, x1) before mirroring.
  const x0 = Math.max(0, -dx);
  const x1 = Math.min(width, width - dx);
  for (let y = 0; y < height; y++) {
    const sy = y + dy;
    const dstRow = y * rowLen;
    if (sy < 0 || sy >= height || x1 <= x0) {
      data.fill(fill, dstRow, dstRow + rowLen);
      continue;
    }
    const srcRow = sy * rowLen;
    if (!flip) {
      // columns [x0, x1) copy a contiguous span; the rest is border
      if (x0 > 0) data.fill(fill, dstRow, dstRow + x0 * c);
      data.set(src.subarray(srcRow + (x0 + dx) * c, srcRow + (x1 + dx) * c), dstRow + x0 * c);
      if (x1 < width) data.fill(fill, dstRow + x1 * c, dstRow + rowLen);
      continue;
    }
    // mirrored: output column x reads source column (W−1−x) + dx; valid for W−1−x in [x0, x1)
    const m0 = width - x1; // first valid output column
    const m1 = width - x0; // one past the last
    if (m0 > 0) data.fill(fill, dstRow, dstRow + m0 * c);
    if (m1 < width) data.fill(fill, dstRow + m1 * c, dstRow + rowLen);
    if (c === 1) {
      let s = srcRow + (width - 1 - m0 + dx);
      for (let d = dstRow + m0, end = dstRow + m1; d < end; d++, s--) data[d] = src[s]!;
    } else {
      let s = srcRow + (width - 1 - m0 + dx) * c;
      for (let d = dstRow + m0 * c, end = dstRow + m1 * c; d < end; d += c, s -= c) {
        for (let k = 0; k < c; k++) data[d + k] = src[s + k]!;
      }
    }
  }
  return { width, height, channels: c, data };
}
