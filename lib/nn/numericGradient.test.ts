import fc from "fast-check";
import { ArgumentRangeError, ArgumentTypeError } from "../core/errors";
import { numericGradient } from "./numericGradient";

describe("numericGradient", () => {
  it("gives the hand-computed gradient of f(a, b) = a² + 3b at (2, 5): (4, 3)", () => {
    const g = numericGradient((v) => v[0]! * v[0]! + 3 * v[1]!, [2, 5]);
    expect(g).toBeInstanceOf(Float64Array);
    expect(g[0]).toBeCloseTo(4, 8);
    expect(g[1]).toBeCloseTo(3, 8);
  });

  it("is exact (up to round-off) for quadratics, whatever h: central differences cancel the h² term", () => {
    // f(x) = Σ c_i x_i² + x_0 x_1 → ∂f/∂x_0 = 2 c_0 x_0 + x_1, ∂f/∂x_1 = 2 c_1 x_1 + x_0
    const f = (v: Float64Array) => 1.5 * v[0]! ** 2 - 0.5 * v[1]! ** 2 + v[0]! * v[1]!;
    const g = numericGradient(f, [0.3, -1.2], { h: 0.1 });
    expect(g[0]).toBeCloseTo(2 * 1.5 * 0.3 - 1.2, 10);
    expect(g[1]).toBeCloseTo(-2 * 0.5 * -1.2 + 0.3, 10);
  });

  it("has error O(h²) on sin: halving h divides the error by about 4", () => {
    const err = (h: number) => Math.abs(numericGradient((v) => Math.sin(v[0]!), [0.7], { h })[0]! - Math.cos(0.7));
    const ratio = err(0.02) / err(0.01);
    expect(ratio).toBeGreaterThan(3.9);
    expect(ratio).toBeLessThan(4.1);
  });

  it("agrees with the analytic gradient of random smooth functions (law: ∇ of Σ w_i sin(x_i) is w_i cos(x_i)), and never changes x", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 1, maxLength: 8 }), (xs) => {
        const x = Float64Array.from(xs);
        const before = x.slice();
        const w = xs.map((_, i) => i + 1);
        const g = numericGradient((v) => v.reduce((s, vi, i) => s + w[i]! * Math.sin(vi), 0), x);
        expect(x).toEqual(before);
        g.forEach((gi, i) => expect(Math.abs(gi - w[i]! * Math.cos(xs[i]!))).toBeLessThan(1e-7 * (i + 1)));
      }),
    );
  });

  it("calls f 2n times on a Float64Array and handles an empty x", () => {
    let calls = 0;
    numericGradient((v) => {
      calls++;
      expect(v).toBeInstanceOf(Float64Array);
      return v[0]!;
    }, new Float32Array([1, 2, 3]));
    expect(calls).toBe(6);
    expect(numericGradient(() => 1, [])).toEqual(new Float64Array(0));
  });

  it("rejects bad arguments naming them", () => {
    expect(() => numericGradient(3 as unknown as () => number, [1])).toThrow(ArgumentTypeError);
    expect(() => numericGradient(() => 0, 5 as unknown as number[])).toThrow(/^x: /);
    expect(() => numericGradient(() => 0, [1, NaN])).toThrow(/x\[1\]/);
    expect(() => numericGradient(() => 0, [1], { h: 0 })).toThrow(ArgumentRangeError);
  });
});
