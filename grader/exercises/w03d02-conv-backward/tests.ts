import { core, io, nn } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";
import type { Comparator } from "../../types";

type Shape3 = [number, number, number];
type Shape4 = [number, number, number, number];
type Options = { stride: number; padding: "valid" | "same" };
type Args = [Float32Array, Shape3, Float32Array, Shape4, Float32Array, Options];
type Grads = { dX: Float32Array; dW: Float32Array; dB: Float32Array };

/** The reference: tf.grads of conv2d(x, w) + b with upstream gradient dOut (native backend). */
function tfGrads(x: Float32Array, xShape: Shape3, w: Float32Array, wShape: Shape4, dOut: Float32Array, options: Options): Grads {
  const tf = nn.tf();
  const [gx, gw, gb] = tf.tidy(() => {
    const X = tf.tensor4d(x, [1, ...xShape]);
    const W = tf.tensor4d(w, wShape);
    const B = tf.zeros([wShape[3]]);
    const layer = (a: typeof X, k: typeof W, b: typeof B) => tf.conv2d(a, k, options.stride, options.padding).add(b) as typeof X;
    const dy = tf.tensor(dOut, layer(X, W, B).shape);
    return tf.grads((a, k, b) => layer(a as typeof X, k as typeof W, b as typeof B))([X, W, B], dy);
  });
  const out = { dX: Float32Array.from(gx!.dataSync()), dW: Float32Array.from(gw!.dataSync()), dB: Float32Array.from(gb!.dataSync()) };
  tf.dispose([gx!, gw!, gb!]);
  return out;
}

/** Output size along one axis (TensorFlow's rule). */
const outSize = (n: number, k: number, s: number, padding: Options["padding"]) => (padding === "same" ? Math.ceil(n / s) : Math.floor((n - k) / s) + 1);

/** A seeded layer: input in [0, 1), weights and upstream gradient in [−1, 1). */
function layer(xShape: Shape3, wShape: Shape4, seed: number, options: Options, x?: Float32Array): Args {
  const [h, w, c] = xShape;
  const [kh, kw, cin, cout] = wShape;
  const outs = outSize(h, kh, options.stride, options.padding) * outSize(w, kw, options.stride, options.padding) * cout;
  return [x ?? core.uniformValues(h * w * c, seed), xShape, core.uniformValues(kh * kw * cin * cout, seed + 1, -1, 1), wShape, core.uniformValues(outs, seed + 2, -1, 1), options];
}

/** dX, dW, dB each of the right length and within `tol` relative to max(1, |expected|). */
function closeGrads(tol: number): Comparator {
  return (actual, expected) => {
    const e = expected as Grads;
    if (typeof actual !== "object" || actual === null) return { pass: false, message: "return an object { dX, dW, dB }" };
    const a = actual as Record<string, unknown>;
    for (const key of ["dB", "dW", "dX"] as const) {
      const got = a[key] as ArrayLike<number> | undefined;
      if (!got || typeof got.length !== "number") return { pass: false, message: `${key} is missing (return { dX, dW, dB })` };
      if (got.length !== e[key].length) return { pass: false, message: `${key} has ${got.length} values, expected ${e[key].length} (the shape of ${key === "dX" ? "x" : key === "dW" ? "w" : "b"})` };
      for (let i = 0; i < got.length; i++) {
        const want = e[key][i]!;
        if (!(Math.abs(got[i]! - want) <= tol * Math.max(1, Math.abs(want)))) return { pass: false, message: `${key}[${i}]: got ${got[i]}, expected ${want}` };
      }
    }
    return { pass: true };
  };
}

const valid1: Options = { stride: 1, padding: "valid" };
const same1: Options = { stride: 1, padding: "same" };

export default defineExercise({
  id: "w03d02-conv-backward",
  title: "Backward pass of a convolution layer: dX, dW, dB (vs tf.grads)",
  points: 4,
  defines: ["convBackward"],
  offLimits: { lib: ["filters.conv2dStrided", "filters.im2col", "filters.convolve2d", "filters.correlate2d", "nn.numericGradient"], opencv: ["filter2D"] },
  tests: [
    test({
      name: "4×4×1 input, one 2×2 filter, valid, upstream gradient all ones (checkable by hand)",
      points: 0.5,
      visibility: "visible",
      input: (): Args => [
        Float32Array.from({ length: 16 }, (_, i) => i), [4, 4, 1],
        Float32Array.from([1, 2, 3, 4]), [2, 2, 1, 1],
        new Float32Array(9).fill(1), valid1,
      ],
      expected: tfGrads,
      compare: closeGrads(1e-5),
      hint: "dB = Σ dOut = 9; dW[i][j] = Σ over outputs of x[y+i][x+j]·dOut[y][x] (dW[0][0] = 0+1+2+4+5+6+8+9+10 = 45); each x pixel collects w·dOut from EVERY window that covers it (+=)",
    }),
    test({
      name: "5×5×2 input, three 3×3×2 filters, valid, random upstream gradient",
      points: 0.5,
      visibility: "visible",
      input: () => layer([5, 5, 2], [3, 3, 2, 3], 3211, valid1),
      expected: tfGrads,
      compare: closeGrads(1e-4),
      hint: "loop over outputs (oy, ox, o) exactly like the forward pass, and accumulate: dB[o] += g, dW[i,j,c,o] += x·g, dX[iy,ix,c] += w·g with g = dOut[oy,ox,o]",
    }),
    test({
      name: "6×7×3 input, two 3×3×3 filters, same padding",
      points: 0.5,
      visibility: "hidden",
      input: () => layer([6, 7, 3], [3, 3, 3, 2], 3212, same1),
      expected: tfGrads,
      compare: closeGrads(1e-4),
    }),
    test({
      name: "9×9×2 input, 3×3 filters, stride 2, valid",
      points: 0.5,
      visibility: "hidden",
      input: () => layer([9, 9, 2], [3, 3, 2, 2], 3213, { stride: 2, padding: "valid" }),
      expected: tfGrads,
      compare: closeGrads(1e-4),
    }),
    test({
      name: "8×8×1 input, 3×3 filters, stride 2, same padding (0 rows padded on top, 1 at the bottom)",
      points: 0.5,
      visibility: "hidden",
      input: () => layer([8, 8, 1], [3, 3, 1, 2], 3214, { stride: 2, padding: "same" }),
      expected: tfGrads,
      compare: closeGrads(1e-4),
    }),
    test({
      name: "a 2×3 kernel on a 7×5×2 input, same padding",
      points: 0.5,
      visibility: "hidden",
      input: () => layer([7, 5, 2], [2, 3, 2, 3], 3215, same1),
      expected: tfGrads,
      compare: closeGrads(1e-4),
    }),
    test({
      name: "a 16×12 RGB crop of the raccoon, four 5×5×3 filters, same padding",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => {
        const img = core.crop(io.loadImage("raccoon"), { x: 600, y: 300, width: 12, height: 16 });
        return layer([16, 12, 3], [5, 5, 3, 4], 3216, same1, img.data);
      },
      expected: tfGrads,
      compare: closeGrads(1e-4),
    }),
    test({
      name: "a 1×1 convolution (no overlapping windows), 4×3×3 → 2 channels",
      points: 0.5,
      visibility: "hidden",
      input: () => layer([4, 3, 3], [1, 1, 3, 2], 3217, valid1),
      expected: tfGrads,
      compare: closeGrads(1e-4),
    }),
  ],
});
