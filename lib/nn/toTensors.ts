import type * as tfjs from "@tensorflow/tfjs";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkInteger } from "../core/validate";
import { tf } from "./backend";

/**
 * Labelled images packed as bytes — what `io.loadFashionMnist` and {@link loadImageFolder} return.
 * `images` holds `count × height × width × channels` values 0–255, image after image, row-major,
 * channels interleaved.
 */
export interface LabelledImages {
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
  width: number;
  height: number;
  /** Channels per pixel. @default 1 (Fashion-MNIST has no field for it) */
  channels?: number;
  classNames: readonly string[];
}

/** Inputs and targets as tensors: what {@link train} and {@link batches} take. */
export interface TensorData {
  /** Inputs, `[n, height, width, channels]` float32. */
  xs: tfjs.Tensor;
  /** Targets: one-hot `[n, classes]` float32, or class indices `[n]` int32. */
  ys: tfjs.Tensor;
}

/** Options of {@link toTensors}. */
export interface ToTensorsOptions {
  /** Divide pixel values by 255 so inputs lie in [0, 1]; `false` keeps 0–255. @default true */
  normalize?: boolean;
  /** One-hot targets `[n, classes]` float32 (for categorical cross-entropy); `false` gives int32 indices `[n]`. @default true */
  oneHot?: boolean;
}

/**
 * Turn labelled byte images into an NHWC float32 input tensor and a target tensor. The caller owns
 * both tensors (`xs.dispose()`, `ys.dispose()` when done).
 * @example const { xs, ys } = nn.toTensors(io.loadFashionMnist({ split: "test", limit: 500 }));
 * @see https://js.tensorflow.org/api/latest/#oneHot
 */
export function toTensors(dataset: LabelledImages, options: ToTensorsOptions = {}): TensorData {
  const { normalize = true, oneHot = true } = options;
  if (typeof dataset !== "object" || dataset === null) {
    throw new ArgumentTypeError("dataset", `expected {images, labels, count, width, height, classNames}, got ${describeValue(dataset)}`);
  }
  const { images, labels, count, width, height, channels = 1, classNames } = dataset;
  checkInteger(count, "dataset.count", { min: 1 });
  checkInteger(width, "dataset.width", { min: 1 });
  checkInteger(height, "dataset.height", { min: 1 });
  checkInteger(channels, "dataset.channels", { min: 1 });
  if (!(images instanceof Uint8Array) || images.length !== count * width * height * channels) {
    throw new ArgumentTypeError("dataset.images", `expected a Uint8Array of count×height×width×channels = ${count * width * height * channels} values, got ${describeValue(images)}`);
  }
  if (!(labels instanceof Uint8Array) || labels.length !== count) {
    throw new ArgumentTypeError("dataset.labels", `expected a Uint8Array of ${count} labels, got ${describeValue(labels)}`);
  }
  if (!Array.isArray(classNames) || classNames.length < 1) {
    throw new ArgumentTypeError("dataset.classNames", `expected a non-empty array of class names, got ${describeValue(classNames)}`);
  }
  const k = classNames.length;
  for (let i = 0; i < count; i++) {
    if (labels[i]! >= k) throw new ArgumentTypeError("dataset.labels", `label ${labels[i]} at index ${i} is not below the number of classes (${k})`);
  }
  const x = new Float32Array(images.length);
  const scale = normalize ? 1 / 255 : 1;
  for (let i = 0; i < images.length; i++) x[i] = images[i]! * scale;
  const t = tf();
  const xs = t.tensor4d(x, [count, height, width, channels], "float32");
  let ys: tfjs.Tensor;
  if (oneHot) {
    const y = new Float32Array(count * k);
    for (let i = 0; i < count; i++) y[i * k + labels[i]!] = 1;
    ys = t.tensor2d(y, [count, k], "float32");
  } else {
    ys = t.tensor1d(Int32Array.from(labels), "int32");
  }
  return { xs, ys };
}
