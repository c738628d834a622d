import type * as tfjs from "@tensorflow/tfjs";
import { ArgumentTypeError, describeValue } from "../core/errors";
import type { Image } from "../core/image";

/** Options of {@link tensorToImage}. */
export interface TensorToImageOptions {
  /** Dispose the tensor after reading it (handy for a temporary: `nn.tensorToImage(tf.conv2d(…), { dispose: true })`). @default false */
  dispose?: boolean;
}

/**
 * A tensor of shape `[height, width]`, `[height, width, channels]` or `[1, height, width, channels]`
 * as an `Image` (values copied unchanged as float32: show feature maps with
 * `viz.show(img, { normalize: true })`, split them with `core.splitChannels`). Reads the tensor
 * synchronously; disposes it only when asked.
 * @example const maps = core.splitChannels(nn.tensorToImage(tf.conv2d(x, filters, 1, "same"), { dispose: true }));
 * @see {@link imageToTensor} for the way there.
 */
export function tensorToImage(tensor: tfjs.Tensor, options: TensorToImageOptions = {}): Image {
  const { dispose = false } = options;
  const shape = (tensor as { shape?: unknown } | null)?.shape;
  if (!Array.isArray(shape) || typeof (tensor as { dataSync?: unknown }).dataSync !== "function") {
    throw new ArgumentTypeError("tensor", `expected a TensorFlow.js tensor, got ${describeValue(tensor)}`);
  }
  let dims: number[] = shape as number[];
  if (dims.length === 4 && dims[0] === 1) dims = dims.slice(1);
  if (dims.length === 2) dims = [...dims, 1];
  if (dims.length !== 3 || dims.some((d) => d < 1)) {
    throw new ArgumentTypeError("tensor", `expected shape [height, width], [height, width, channels] or [1, height, width, channels], got [${(shape as number[]).join(", ")}]`);
  }
  const [height, width, channels] = dims as [number, number, number];
  const data = Float32Array.from(tensor.dataSync() as ArrayLike<number>);
  if (dispose) tensor.dispose();
  return { width, height, channels, data };
}
