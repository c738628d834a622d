import type * as tfjs from "@tensorflow/tfjs";
import { ArgumentTypeError } from "../core/errors";
import { tf } from "./backend";

interface NativeBackend {
  binding: { TF_ATTR_TYPE: number; TF_FLOAT: number };
  executeMultipleOutputs(name: string, attrs: { name: string; type: number; value: unknown }[], inputs: tfjs.Tensor[], n: number): tfjs.Tensor[];
}

let nativeLoss: ((logits: tfjs.Tensor, labels: tfjs.Tensor) => tfjs.Tensor) | undefined;

/**
 * Mean softmax cross-entropy of a batch: −(1/N) Σₙ Σₖ yₙₖ log softmax(zₙ)ₖ, from logits `z`
 * `[N, K]` and one-hot (or soft) `labels` `[N, K]`. Numerically stable (log-sum-exp). On the native
 * `tensorflow` backend it runs libtensorflow's fused `SoftmaxCrossEntropyWithLogits` (loss and
 * gradient p − y in one op, instead of ~25 small ops); elsewhere `tf.losses.softmaxCrossEntropy`.
 * Differentiable with respect to `logits` only.
 * @example const loss = nn.softmaxCrossEntropy(ys, model.apply(xs) as tf.Tensor);
 * @see I. Goodfellow et al., Deep Learning, §6.2.2.3 (softmax units); TensorFlow `tf.nn.softmax_cross_entropy_with_logits`.
 */
export function softmaxCrossEntropy(labels: tfjs.Tensor, logits: tfjs.Tensor): tfjs.Scalar {
  if (logits?.rank !== 2 || labels?.rank !== 2 || labels.shape[0] !== logits.shape[0] || labels.shape[1] !== logits.shape[1]) {
    throw new ArgumentTypeError("labels", `labels and logits must both be [N, K] with the same shape, got [${labels?.shape}] and [${logits?.shape}]`);
  }
  const t = tf();
  if (t.getBackend() !== "tensorflow") return t.losses.softmaxCrossEntropy(labels, logits) as tfjs.Scalar;
  nativeLoss ??= t.customGrad(((z: tfjs.Tensor, y: tfjs.Tensor, save: (ts: tfjs.Tensor[]) => void) => {
    const backend = t.backend() as unknown as NativeBackend;
    const attrs = [{ name: "T", type: backend.binding.TF_ATTR_TYPE, value: backend.binding.TF_FLOAT }];
    const zf = z.dtype === "float32" ? z : z.toFloat();
    const yf = y.dtype === "float32" ? y : y.toFloat();
    const [perSample, backprop] = backend.executeMultipleOutputs("SoftmaxCrossEntropyWithLogits", attrs, [zf, yf], 2);
    save([backprop!]);
    const n = z.shape[0]!;
    return {
      value: perSample!.mean(),
      gradFunc: (dy: tfjs.Tensor, saved: tfjs.Tensor[]) => [saved[0]!.mul(dy.div(t.scalar(n))), t.zerosLike(y)],
    };
  }) as unknown as Parameters<typeof t.customGrad>[0]) as unknown as (logits: tfjs.Tensor, labels: tfjs.Tensor) => tfjs.Tensor;
  return nativeLoss(logits, labels) as tfjs.Scalar;
}
