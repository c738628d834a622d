import { fromRows, randomImage } from "../core";
import { gaussianBlur, unsharpMask } from ".";

describe("unsharpMask", () => {
  it("equals image + amount·(image − blur), clipped to [0, 1]", () => {
    const img = randomImage(12, 10, 3, 4);
    const blur = gaussianBlur(img, { sigma: 1.5 });
    const out = unsharpMask(img, { sigma: 1.5, amount: 2 });
    const expected = { ...img, data: img.data.map((v, i) => Math.min(1, Math.max(0, v + 2 * (v - blur.data[i]!)))) };
    expect(out).toBeCloseToImage(expected, 1e-6);
  });
  it("raises the contrast of a step edge by hand (overshoot without clipping)", () => {
    const step = fromRows([[0.25, 0.25, 0.75, 0.75]]);
    const out = unsharpMask(step, { sigma: 1, amount: 1, clip: false });
    expect(out.data[1]!).toBeLessThan(0.25);
    expect(out.data[2]!).toBeGreaterThan(0.75);
    expect(out.data[1]! + out.data[2]!).toBeCloseTo(1, 6); // antisymmetric about the mean
  });
  it("is the identity for amount 0 and on a constant image", () => {
    const img = randomImage(6, 5, 1, 2);
    expect(unsharpMask(img, { amount: 0 })).toBeCloseToImage(img, 1e-7);
    const flat = { ...img, data: new Float32Array(30).fill(0.3) };
    expect(unsharpMask(flat, { amount: 3 })).toBeCloseToImage(flat, 1e-6);
  });
  it("rejects σ ≤ 0 naming options.sigma", () => {
    expect(() => unsharpMask(randomImage(2, 2, 1, 1), { sigma: 0 })).toThrow(/options\.sigma/);
  });
});
