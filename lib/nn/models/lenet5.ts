import type * as tfjs from "@tensorflow/tfjs";
import { ArgumentRangeError, ArgumentTypeError, describeValue } from "../../core/errors";
import { checkInteger, checkOneOf } from "../../core/validate";
import { tf } from "../backend";
import { seedSequence } from "../seed";

/** Activations LeNet-5's hidden layers may use. */
export const Lenet5Activation = { relu: "relu", tanh: "tanh" } as const;
/** `"relu" | "tanh"`. */
export type Lenet5Activation = (typeof Lenet5Activation)[keyof typeof Lenet5Activation];

/** Options of {@link createLenet5}. */
export interface Lenet5Options {
  /** `[height, width, channels]` of one input image; height and width at least 12. @default [28, 28, 1] */
  inputShape?: readonly [number, number, number];
  /** Number of classes (units of the softmax output). @default 10 */
  numClasses?: number;
  /** Hidden activation: `"relu"` (modern) or `"tanh"` (LeCun et al. 1998 used a scaled tanh). @default "relu" */
  activation?: Lenet5Activation;
  /** Seed of every weight initializer (see {@link seedSequence}); unseeded when omitted. @default undefined */
  seed?: number;
}

/**
 * LeNet-5 for small grey images: conv 5×5×6 ("same") → avg-pool 2 → conv 5×5×16 → avg-pool 2 →
 * dense 120 → dense 84 → dense `numClasses` with softmax. 61,706 parameters for 28×28×1 and 10
 * classes. Returned built and uncompiled: train it with {@link train} (or compile + `fit`); its
 * `predict` gives class probabilities.
 * @example const model = nn.createLenet5({ numClasses: 10, seed: 1 });
 * @see Y. LeCun, L. Bottou, Y. Bengio, P. Haffner, "Gradient-based learning applied to document recognition", Proc. IEEE 86(11), 1998.
 */
export function createLenet5(options: Lenet5Options = {}): tfjs.Sequential {
  const { inputShape = [28, 28, 1], numClasses = 10, activation = "relu", seed } = options;
  if (!Array.isArray(inputShape) || inputShape.length !== 3) {
    throw new ArgumentTypeError("options.inputShape", `expected [height, width, channels], got ${describeValue(inputShape)}`);
  }
  inputShape.forEach((v, i) => checkInteger(v, `options.inputShape[${i}]`, { min: 1 }));
  const [height, width, channels] = inputShape;
  if (height < 12 || width < 12) {
    throw new ArgumentRangeError("options.inputShape", `LeNet-5 needs images of at least 12×12 (two 2× poolings around a 5×5 valid convolution), got ${height}×${width}; resize them first`);
  }
  checkInteger(numClasses, "options.numClasses", { min: 2 });
  checkOneOf(activation, Object.values(Lenet5Activation), "options.activation");
  if (seed !== undefined) checkInteger(seed, "options.seed", { min: 0, max: 2 ** 32 - 1 });

  const t = tf();
  const seeds = seed === undefined ? undefined : seedSequence(seed);
  const init = () => t.initializers.glorotUniform({ seed: seeds?.next() });
  const model = t.sequential({ name: "lenet5" });
  model.add(t.layers.conv2d({ inputShape: [height, width, channels], filters: 6, kernelSize: 5, padding: "same", activation, kernelInitializer: init() }));
  model.add(t.layers.averagePooling2d({ poolSize: 2 }));
  model.add(t.layers.conv2d({ filters: 16, kernelSize: 5, activation, kernelInitializer: init() }));
  model.add(t.layers.averagePooling2d({ poolSize: 2 }));
  model.add(t.layers.flatten());
  model.add(t.layers.dense({ units: 120, activation, kernelInitializer: init() }));
  model.add(t.layers.dense({ units: 84, activation, kernelInitializer: init() }));
  model.add(t.layers.dense({ units: numClasses, activation: "softmax", kernelInitializer: init() }));
  return model;
}
