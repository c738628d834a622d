import { core, io, nn } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";
import type { Comparator } from "../../types";

type Shape3 = [number, number, number];
type Shape4 = [number, number, number, number];
type Options = { stride: number; padding: "valid" | "same" };
type Args = [Float32Array, Shape3, Float32Array, Shape4, Float32Array, Options];

/** The reference: tf.conv2d (NHWC, filters [kh, kw, cin, cout], TensorFlow's "same" padding rule) plus the bias, on the native backend. */
function tfConv(x: Float32Array, xShape: Shape3, w: Float32Array, wShape: Shape4, b: Float32Array, options: Options) {
  const tf = nn.tf();
  const y = tf.tidy(() => tf.conv2d(tf.tensor4d(x, [1, ...xShape]), tf.tensor4d(w, wShape), options.stride, options.padding).add(tf.tensor1d(b)));
  const out = { data: Float32Array.from(y.dataSync()), shape: y.shape.slice(1) };
  y.dispose();
  return out;
}

/** A random layer: input H×W×C in [0, 1), weights and biases in [−1, 1). */
function layer(xShape: Shape3, wShape: Shape4, seed: number, options: Options): Args {
  const [h, w, c] = xShape;
  const [kh, kw, cin, cout] = wShape;
  return [core.uniformValues(h * w * c, seed), xShape, core.uniformValues(kh * kw * cin * cout, seed + 1, -1, 1), wShape, core.uniformValues(cout, seed + 2, -1, 1), options];
}

/** `{data, shape}` with the expected shape and every value within `tol`. */
function closeTensor(tol: number): Comparator {
  return (actual, expected) => {
    const e = expected as { data: Float32Array; shape: number[] };
    if (typeof actual !== "object" || actual === null) return { pass: false, message: `expected an object {data, shape}, got ${actual === null ? "null" : typeof actual}` };
    const a = actual as { data?: unknown; shape?: unknown };
    if (!Array.isArray(a.shape) || a.shape.length !== 3) return { pass: false, message: `shape must be an array [outHeight, outWidth, outChannels], got ${JSON.stringify(a.shape)}` };
    if (a.shape.some((v, i) => v !== e.shape[i])) return { pass: false, message: `wrong output shape: got [${a.shape.join(", ")}], expected [${e.shape.join(", ")}]` };
    if (!(ArrayBuffer.isView(a.data) || Array.isArray(a.data))) return { pass: false, message: "data must be a Float32Array" };
    const d = a.data as ArrayLike<number>;
    if (d.length !== e.data.length) return { pass: false, message: `data has ${d.length} values, expected ${e.data.length} (= ${e.shape.join(" × ")})` };
    const [, ow, oc] = e.shape as [number, number, number];
    for (let i = 0; i < d.length; i++) {
      const diff = Math.abs(Number(d[i]) - e.data[i]!);
      if (!(diff <= tol)) {
        const p = Math.floor(i / oc);
        return { pass: false, message: `output y=${Math.floor(p / ow)}, x=${p % ow}, channel ${i % oc}: got ${d[i]}, expected ${e.data[i]} (tolerance ${tol})` };
      }
    }
    return { pass: true };
  };
}

const valid1: Options = { stride: 1, padding: "valid" };
const same1: Options = { stride: 1, padding: "same" };

export default defineExercise({
  id: "w03d01-conv-forward",
  title: "Forward pass of a convolution layer (NHWC, like tf.conv2d)",
  points: 4,
  defines: ["convForward"],
  offLimits: { lib: ["filters.conv2dStrided", "filters.im2col", "filters.convolve2d", "filters.correlate2d", "filters.separableFilter"], opencv: ["filter2D", "sepFilter2D"] },
  tests: [
    test({
      name: "4×4×1 input, a 3×3 vertical-edge filter, bias 0.5, valid padding (2×2×1 output, checkable by hand)",
      points: 0.5,
      visibility: "visible",
      input: (): Args => [
        Float32Array.from([1, 2, 0, 1, 0, 1, 3, 1, 2, 1, 0, 0, 1, 0, 1, 2]), [4, 4, 1],
        Float32Array.from([1, 0, -1, 1, 0, -1, 1, 0, -1]), [3, 3, 1, 1],
        Float32Array.from([0.5]), valid1,
      ],
      expected: tfConv,
      compare: closeTensor(1e-4),
      hint: "out(y, x) = b + Σ_ky Σ_kx x(y + ky, x + kx) · w(ky, kx): no kernel flip (a conv layer correlates); top-left output = 1 + 0 + 2 − (0 + 3 + 0) + 0.5 = 0.5",
    }),
    test({
      name: "5×5×2 input, two 3×3×2 filters, valid padding: each output sums over both input channels",
      points: 0.5,
      visibility: "visible",
      input: () => layer([5, 5, 2], [3, 3, 2, 2], 3101, valid1),
      expected: tfConv,
      compare: closeTensor(1e-4),
      hint: "each output channel co sums over ky, kx AND every input channel ci; the bias b[co] is added once per output value",
    }),
    test({
      name: "7×6×3 input (7 rows, 6 columns), four 3×3×3 filters, same padding, stride 1",
      points: 0.5,
      visibility: "hidden",
      input: () => layer([7, 6, 3], [3, 3, 3, 4], 3102, same1),
      expected: tfConv,
      compare: closeTensor(1e-4),
    }),
    test({
      name: "9×9×2 input, three 3×3×2 filters, stride 2, valid padding (4×4×3 output)",
      points: 0.5,
      visibility: "hidden",
      input: () => layer([9, 9, 2], [3, 3, 2, 3], 3103, { stride: 2, padding: "valid" }),
      expected: tfConv,
      compare: closeTensor(1e-4),
    }),
    test({
      name: "8×8×1 input, 3×3 filter, stride 2, same padding: TensorFlow pads 0 rows on top and 1 at the bottom",
      points: 0.5,
      visibility: "hidden",
      input: () => layer([8, 8, 1], [3, 3, 1, 2], 3104, { stride: 2, padding: "same" }),
      expected: tfConv,
      compare: closeTensor(1e-4),
    }),
    test({
      name: "a 2×3 kernel (2 rows, 3 columns) on a 5×6×2 input, same padding",
      points: 0.5,
      visibility: "hidden",
      input: () => layer([5, 6, 2], [2, 3, 2, 3], 3105, same1),
      expected: tfConv,
      compare: closeTensor(1e-4),
    }),
    test({
      name: "a 24×20 RGB crop of the raccoon, four 5×5×3 filters, same padding (agrees with tf.conv2d)",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => {
        const img = core.crop(io.loadImage("raccoon"), { x: 560, y: 280, width: 20, height: 24 });
        return [img.data, [24, 20, 3], core.uniformValues(5 * 5 * 3 * 4, 3106, -1, 1), [5, 5, 3, 4], core.uniformValues(4, 3107, -1, 1), same1];
      },
      expected: tfConv,
      compare: closeTensor(1e-4),
    }),
    test({
      name: "a 1×1 convolution mixes channels only (4×5×3 → 4×5×2)",
      points: 0.5,
      visibility: "hidden",
      input: () => layer([4, 5, 3], [1, 1, 3, 2], 3108, valid1),
      expected: tfConv,
      compare: closeTensor(1e-4),
    }),
  ],
});
