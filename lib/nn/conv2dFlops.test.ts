import fc from "fast-check";
import { tf } from "./backend";
import { conv2dFlops } from "./conv2dFlops";

describe("conv2dFlops", () => {
  it("counts 2 FLOPs per weight per output value (checked by hand)", () => {
    // 3×3 kernel on 28×28×1, 16 filters, same padding: 28·28 outputs per filter, 9 products each
    expect(conv2dFlops([28, 28, 1], 16, { kernelSize: 3, padding: "same" })).toBe(2 * 9 * 1 * 28 * 28 * 16);
    // LeNet-5's second conv: 5×5, 14×14×6 → 10×10×16 (valid)
    expect(conv2dFlops([14, 14, 6], 16, { kernelSize: 5 })).toBe(2 * 25 * 6 * 10 * 10 * 16);
    // stride 2, same: ⌈7/2⌉ = 4 outputs per axis
    expect(conv2dFlops([7, 7, 3], 8, { kernelSize: 3, stride: 2, padding: "same" })).toBe(2 * 9 * 3 * 4 * 4 * 8);
    // stride 2, valid: ⌊(7 − 3)/2⌋ + 1 = 3
    expect(conv2dFlops([7, 7, 3], 8, { kernelSize: 3, stride: 2 })).toBe(2 * 9 * 3 * 3 * 3 * 8);
    // explicit zeros: 1 on each side keeps 7 → 7 with stride 1
    expect(conv2dFlops([7, 5, 2], 4, { kernelSize: 3, padding: 1 })).toBe(2 * 9 * 2 * 7 * 5 * 4);
  });

  it("uses the output size tf.conv2d produces (same and valid, strides 1–3)", () => {
    const t = tf();
    for (const [h, w, c, f, k, s, p] of [[9, 7, 2, 3, 3, 1, "same"], [9, 7, 2, 3, 3, 2, "same"], [10, 11, 1, 2, 5, 3, "valid"], [8, 8, 3, 4, 2, 2, "valid"]] as const) {
      type T4 = ReturnType<typeof t.tensor4d>;
      const x = t.zeros([1, h, w, c]) as T4;
      const kernel = t.zeros([k, k, c, f]) as T4;
      const y = t.conv2d(x, kernel, s, p);
      const shape = y.shape;
      t.dispose([x, kernel, y]);
      expect(conv2dFlops([h, w, c], f, { kernelSize: k, stride: s, padding: p })).toBe(2 * k * k * c * shape[1]! * shape[2]! * f);
    }
  });

  it("law: linear in the input channels and in the filters", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 30 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 3 }), (n, c, f, s) => {
        const one = conv2dFlops([n, n, 1], 1, { stride: s, padding: "same" });
        expect(conv2dFlops([n, n, c], f, { stride: s, padding: "same" })).toBe(one * c * f);
      }),
    );
  });

  it("rejects bad arguments, naming them", () => {
    expect(() => conv2dFlops([28, 28] as never, 4)).toThrow(/inputShape/);
    expect(() => conv2dFlops([28, 28, 0], 4)).toThrow(/inputShape\[2\]/);
    expect(() => conv2dFlops([28, 28, 1], 0)).toThrow(/filters/);
    expect(() => conv2dFlops([28, 28, 1], 4, { padding: "full" as never })).toThrow(/padding/);
    expect(() => conv2dFlops([2, 2, 1], 4, { kernelSize: 5 })).toThrow(/kernelSize/);
  });
});
