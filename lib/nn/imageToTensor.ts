import type * as tfjs from "@tensorflow/tfjs";
import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { tf } from "./backend";

/** Options of {@link imageToTensor}. */
export interface ImageToTensorOptions {
  /** Add a leading batch axis of size 1: `[1, height, width, channels]` (what `tf.conv2d` and models take). @default false */
  batch?: boolean;
}

/**
 * An image as a float32 tensor `[height, width, channels]` (or `[1, height, width, channels]`):
 * the same interleaved row-major values, so an `Image` is already NHWC without the N. Values are
 * copied unchanged (no rescaling); the caller owns (and disposes) the tensor.
 * @example const x = nn.imageToTensor(io.loadImage("raccoon"), { batch: true }); // [1, 768, 1024, 3]
 * @see https://js.tensorflow.org/api/latest/#tensor3d; {@link tensorToImage} for the way back.
 */
export function imageToTensor(image: Image, options: { batch: true }): tfjs.Tensor4D;
export function imageToTensor(image: Image, options?: { batch?: false }): tfjs.Tensor3D;
export function imageToTensor(image: Image, options?: ImageToTensorOptions): tfjs.Tensor3D | tfjs.Tensor4D;
export function imageToTensor(image: Image, options: ImageToTensorOptions = {}): tfjs.Tensor3D | tfjs.Tensor4D {
  const { batch = false } = options;
  checkImage(image, {}, "image");
  const { width, height, channels, data } = image;
  const t = tf();
  return batch ? t.tensor4d(data.slice(), [1, height, width, channels], "float32") : t.tensor3d(data.slice(), [height, width, channels], "float32");
}
