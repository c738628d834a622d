import { tf } from "./backend";
import { NATIVE_RELU_GRAD } from "./nativeReluGradient";

describe("useNativeReluGradient (installed by the backend loader on tfjs-node)", () => {
  it("makes the tape differentiate relu with one TensorFlow kernel, with TensorFlow.js's values (0 where x ≤ 0)", async () => {
    const t = tf();
    expect(t.getKernel(NATIVE_RELU_GRAD, "tensorflow")).toBeDefined();
    const x = t.tensor1d([-2, -0.5, 0, 1e-30, 0.5, 3]);
    const dy = t.tensor1d([1, 2, 3, 4, 5, 6]);
    const profile = await t.profile(() => t.grad((v) => t.relu(v).mul(dy).sum())(x));
    const result = profile.result as ReturnType<typeof t.tensor1d>;
    expect(Array.from(result.dataSync())).toEqual([0, 0, 0, 4, 5, 6]);
    const kernels = profile.kernels.map((k) => k.name);
    expect(kernels).toContain(NATIVE_RELU_GRAD);
    expect(kernels).not.toContain("Step");
    t.dispose([x, dy, result]);
  });

  it("keeps second derivatives: d²/dx² Σ relu(x)² = 2 where x > 0, else 0", () => {
    const t = tf();
    const x = t.tensor1d([-1, 0.25, 2]);
    const second = t.grad((v) => t.grad((w) => t.relu(w).square().sum())(v).sum())(x);
    expect(Array.from(second.dataSync())).toEqual([0, 2, 2]);
    t.dispose([x, second]);
  });
});
