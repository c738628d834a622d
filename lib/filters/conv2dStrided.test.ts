import fc from "fast-check";
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { fromRows, randomImage, type Image } from "../core";
import { conv2dStrided, im2col, kernelFromRows, outputSize, type Kernel, type Padding } from ".";

beforeAll(async () => {
  jest.spyOn(console, "warn").mockImplementation(() => undefined); // tfjs' "install the node backend" banner
  await tf.setBackend("cpu");
});

function tfConv(img: Image, k: Kernel, stride: number, pad: "valid" | "same", dilation: number): Image {
  return tf.tidy(() => {
    const x = tf.tensor4d(Array.from(img.data), [1, img.height, img.width, 1]);
    const f = tf.tensor4d(Array.from(k.data), [k.height, k.width, 1, 1]);
    const y = tf.conv2d(x, f, stride, pad, "NHWC", dilation);
    const [, h, w] = y.shape;
    return { width: w!, height: h!, channels: 1, data: Float32Array.from(y.dataSync()) };
  });
}

describe("outputSize", () => {
  it("follows ⌊(n + 2p − d(k−1) − 1)/s⌋ + 1 on hand-checked cases", () => {
    expect(outputSize({ inputSize: 7, kernelSize: 3 })).toBe(5);
    expect(outputSize({ inputSize: 7, kernelSize: 3, stride: 2, padding: 1 })).toBe(4);
    expect(outputSize({ inputSize: 10, kernelSize: 3, dilation: 2 })).toBe(6);
    expect(outputSize({ inputSize: 5, kernelSize: 2, stride: 2 })).toBe(2);
    expect(outputSize({ inputSize: 7, kernelSize: 4, stride: 2, padding: "same" })).toBe(4);
    expect(outputSize({ inputSize: 7, kernelSize: 4, stride: 2, padding: "valid" })).toBe(2);
  });
  it("rejects a kernel larger than the padded input, naming kernelSize", () => {
    expect(() => outputSize({ inputSize: 2, kernelSize: 5 })).toThrow(/options\.kernelSize/);
    expect(() => outputSize({ inputSize: 2, kernelSize: 1, stride: 0 })).toThrow(/options\.stride/);
    expect(() => outputSize({ inputSize: 2, kernelSize: 1, padding: "full" as Padding })).toThrow(/options\.padding/);
  });
});

describe("conv2dStrided", () => {
  it("computes a hand-checked stride-2, padding-1 example (cross-correlation, zero padding)", () => {
    const img = fromRows([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    const out = conv2dStrided(img, kernelFromRows([[1, 0], [0, -1]]), { stride: 2, padding: 1 });
    // windows start at (−1,−1), (1,−1), (−1,1), (1,1): k00·f(tl) − k11·f(br)
    expect([out.width, out.height]).toEqual([2, 2]);
    expect(Array.from(out.data)).toEqual([0 - 1, 0 - 3, 0 - 7, 5 - 9]);
  });
  it.each([
    [1, "valid", 1], [2, "valid", 1], [1, "same", 1], [2, "same", 1], [3, "same", 1], [1, "valid", 2], [1, "same", 2],
  ] as const)("matches tf.conv2d (stride %p, %s, dilation %p) for odd and even kernels", (stride, pad, dilation) => {
    for (const [kw, kh] of [[3, 3], [2, 4], [5, 1]]) {
      const img = randomImage(11, 9, 1, kw * 10 + kh);
      const k = { width: kw, height: kh, data: Array.from(randomImage(kw, kh, 1, 3).data, (v) => v - 0.5) };
      if (dilation > 1 && stride > 1) continue; // tf.conv2d does not support both
      expect(conv2dStrided(img, k, { stride, padding: pad, dilation })).toBeCloseToImage(tfConv(img, k, stride, pad, dilation), 1e-5);
    }
  });
  it("rejects RGB input naming image", () => {
    expect(() => conv2dStrided(randomImage(3, 3, 3, 1), kernelFromRows([[1]]))).toThrow(/^image:/);
  });
});

describe("im2col", () => {
  it("orders rows by (kernel row, kernel column, channel) and columns by (oy, ox) — hand-checked", () => {
    const img = fromRows([[1, 2, 3], [4, 5, 6]]);
    const m = im2col(img, 2);
    expect([m.rows, m.cols, m.outWidth, m.outHeight]).toEqual([4, 2, 2, 1]);
    expect(Array.from(m.data)).toEqual([1, 2, 2, 3, 4, 5, 5, 6]);
  });
  it("convolution as a matrix product equals the direct convolution (property over sizes, strides, paddings)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 9 }), fc.integer({ min: 4, max: 9 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }), fc.constantFrom<Padding>(0, 1, 2, "valid", "same"), fc.integer({ min: 0, max: 99 }),
        (w, h, kw, kh, stride, padding, seed) => {
          const img = randomImage(w, h, 1, seed);
          const k = { width: kw, height: kh, data: Array.from(randomImage(kw, kh, 1, seed + 1).data) };
          const direct = conv2dStrided(img, k, { stride, padding });
          const m = im2col(img, { width: kw, height: kh }, { stride, padding });
          const prod = new Float32Array(m.cols);
          for (let col = 0; col < m.cols; col++) {
            let s = 0;
            for (let r = 0; r < m.rows; r++) s += k.data[r]! * m.data[r * m.cols + col]!;
            prod[col] = s;
          }
          expect({ width: m.outWidth, height: m.outHeight, channels: 1, data: prod }).toBeCloseToImage(direct, 1e-5);
        },
      ),
      { numRuns: 40 },
    );
  });
  it("interleaves channels in HWC order", () => {
    const img = { width: 2, height: 1, channels: 2, data: Float32Array.from([1, 10, 2, 20]) };
    const m = im2col(img, { width: 2, height: 1 });
    expect(Array.from(m.data)).toEqual([1, 10, 2, 20]);
    expect(m.rows).toBe(4);
  });
});
