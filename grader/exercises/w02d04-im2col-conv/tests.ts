import { core, filters, io } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";
import type { Comparator } from "../../types";

type MatrixArgs = [Image, number, number, number, number];
type ConvArgs = [Image, number[][], number, number];

/** The library's im2col (rows = taps i·kw + j, columns = oy·outW + ox; hand-checked in lib/filters/conv2dStrided.test.ts) as an array of rows. */
function referenceMatrix(img: Image, kh: number, kw: number, stride: number, padding: number): { rows: number[][]; outWidth: number; kw: number } {
  const m = filters.im2col(img, { width: kw, height: kh }, { stride, padding });
  const rows = Array.from({ length: m.rows }, (_, r) => Array.from(m.data.subarray(r * m.cols, (r + 1) * m.cols)));
  return { rows, outWidth: m.outWidth, kw };
}

/**
 * The library's CNN convolution (cross-correlation, zero padding). lib/filters/conv2dStrided.test.ts
 * asserts it equals tf.conv2d (valid and same padding, strides 1–3, dilation), and that the im2col
 * product equals it.
 */
const referenceConv = (img: Image, kernel: number[][], stride: number, padding: number) =>
  filters.conv2dStrided(img, filters.kernelFromRows(kernel), { stride, padding });

/** Compares a student's number[][] with the reference matrix and names the tap and output pixel of the first mismatch. */
const sameMatrix: Comparator = (actual, expected) => {
  const { rows, outWidth, kw } = expected as ReturnType<typeof referenceMatrix>;
  const nCols = rows[0]!.length;
  if (!Array.isArray(actual)) return { pass: false, message: `expected an array of ${rows.length} rows (number[][]), got ${actual === null ? "null" : typeof actual}` };
  if (actual.length !== rows.length) return { pass: false, message: `expected ${rows.length} rows (kh·kw, one per kernel tap), got ${actual.length}` };
  for (let r = 0; r < rows.length; r++) {
    const row = actual[r] as unknown;
    if (!Array.isArray(row) && !(ArrayBuffer.isView(row) && !(row instanceof DataView))) return { pass: false, message: `row ${r} is not an array` };
    const a = row as ArrayLike<unknown>;
    if (a.length !== nCols) return { pass: false, message: `row ${r} has ${a.length} columns, expected ${nCols} (outH·outW, one per output pixel)` };
    for (let c = 0; c < nCols; c++) {
      const v = a[c];
      if (typeof v !== "number" || !(Math.abs(v - rows[r]![c]!) <= 1e-6)) {
        return {
          pass: false,
          message: `matrix[${r}][${c}] (tap i=${Math.floor(r / kw)}, j=${r % kw} of output pixel ox=${c % outWidth}, oy=${Math.floor(c / outWidth)}): got ${String(v)}, expected ${rows[r]![c]}`,
        };
      }
    }
  }
  return { pass: true };
};

const handRows = () => core.fromRows([[1, 2, 3], [4, 5, 6]]);
const asymmetric = [[1, 2, 0], [0, 1, -1], [3, 0, -2]];

export default defineExercise({
  id: "w02d04-im2col-conv",
  title: "Convolution as a matrix product (im2col)",
  points: 3,
  defines: ["im2colMatrix", "conv2dIm2col"],
  offLimits: {
    lib: ["filters.im2col", "filters.conv2dStrided", "filters.correlate2d", "filters.convolve2d", "filters.separableFilter", "filters.boxBlur", "filters.gaussianBlur"],
    opencv: ["filter2D", "sepFilter2D"],
  },
  tests: [
    test({
      name: "im2colMatrix: a 3×2 image, 2×2 windows (hand-checked: [[1,2],[2,3],[4,5],[5,6]])",
      points: 0.4,
      visibility: "visible",
      call: "im2colMatrix",
      input: (): MatrixArgs => [handRows(), 2, 2, 1, 0],
      expected: referenceMatrix,
      compare: sameMatrix,
      hint: "row i·kw + j holds tap (i, j) of every window; column oy·outW + ox is the window of output pixel (ox, oy)",
    }),
    test({
      name: "conv2dIm2col: an asymmetric 3×3 kernel on a random 6×5 image (valid)",
      points: 0.4,
      visibility: "visible",
      call: "conv2dIm2col",
      input: (): ConvArgs => [core.randomImage(6, 5, 1, 2401), asymmetric, 1, 0],
      expected: referenceConv,
      compare: 1e-5,
      hint: "CNN convolution does not flip the kernel: out = Σ kernel[i][j] · f(ox·s − p + j, oy·s − p + i)",
    }),
    test({
      name: "im2colMatrix: a 3-row, 2-column kernel, stride 2, padding 1 on a 7×5 image",
      points: 0.4,
      visibility: "hidden",
      call: "im2colMatrix",
      input: (): MatrixArgs => [core.randomImage(7, 5, 1, 2402), 3, 2, 2, 1],
      expected: referenceMatrix,
      compare: sameMatrix,
      hint: "taps outside the image are 0; the window of (ox, oy) starts at x = ox·stride − padding",
    }),
    test({
      name: "im2colMatrix: a non-square output grid (9×6 image, 3×3 windows, stride 2: 4×2 outputs)",
      points: 0.4,
      visibility: "hidden",
      call: "im2colMatrix",
      input: (): MatrixArgs => [core.randomImage(9, 6, 1, 2403), 3, 3, 2, 0],
      expected: referenceMatrix,
      compare: sameMatrix,
      hint: "columns run along a row of outputs first: oy·outW + ox",
    }),
    test({
      name: "conv2dIm2col: a camera crop, 3×3 kernel, stride 2, padding 1",
      points: 0.35,
      visibility: "hidden",
      call: "conv2dIm2col",
      input: (): ConvArgs => [core.crop(io.loadImage("camera"), { x: 220, y: 90, width: 32, height: 24 }), asymmetric, 2, 1],
      expected: referenceConv,
      compare: 1e-5,
    }),
    test({
      name: "conv2dIm2col: 'same' for stride 1 (3×3, padding 1) keeps the size and pads with zeros",
      points: 0.3,
      visibility: "hidden",
      call: "conv2dIm2col",
      input: (): ConvArgs => [core.randomImage(8, 6, 1, 2404), [[0.5, -1, 0.25], [1, 2, -0.5], [0, 0.75, 1]], 1, 1],
      expected: referenceConv,
      compare: 1e-5,
    }),
    test({
      name: "conv2dIm2col: a 2-row, 4-column kernel with stride 3 (rows vs columns)",
      points: 0.35,
      visibility: "hidden",
      call: "conv2dIm2col",
      input: (): ConvArgs => [core.randomImage(13, 9, 1, 2405), [[1, -2, 0.5, 3], [0, 1, -1, 2]], 3, 0],
      expected: referenceConv,
      compare: 1e-5,
      hint: "kernel[i][j]: i is the row (y), j the column (x)",
    }),
    test({
      name: "conv2dIm2col: a 5×5 kernel with padding 2 on a 12×10 image",
      points: 0.25,
      visibility: "hidden",
      call: "conv2dIm2col",
      input: (): ConvArgs => {
        const rng = core.seededRandom(2406);
        return [core.randomImage(12, 10, 1, 2407), Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => rng.next() - 0.5)), 1, 2];
      },
      expected: referenceConv,
      compare: 1e-5,
    }),
    test({
      name: "conv2dIm2col: a 1×1 kernel with stride 2 keeps every second pixel (scaled)",
      points: 0.15,
      visibility: "hidden",
      call: "conv2dIm2col",
      input: (): ConvArgs => [core.randomImage(7, 5, 1, 2408), [[2]], 2, 0],
      expected: referenceConv,
      compare: 1e-5,
    }),
  ],
});
