import { createImage } from "../core";
import { addNoise } from ".";

describe("addNoise", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const img = createImage(16, 16, 3, 0.5);
    expect(addNoise(img, { seed: 3 })).toBeCloseToImage(addNoise(img, { seed: 3 }), 0);
    expect(addNoise(img, { seed: 3 })).not.toBeCloseToImage(addNoise(img, { seed: 4 }), 1e-3);
  });
  it("adds Gaussian noise with the requested standard deviation and zero mean", () => {
    const out = addNoise(createImage(200, 200, 1, 0.5), { kind: "gaussian", amount: 0.05, seed: 1 }).data;
    const mean = out.reduce((a, b) => a + b, 0) / out.length;
    const sd = Math.sqrt(out.reduce((a, b) => a + (b - mean) ** 2, 0) / out.length);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(sd).toBeGreaterThan(0.048);
    expect(sd).toBeLessThan(0.052);
    const clipped = addNoise(createImage(50, 50, 1, 1), { amount: 0.2, seed: 2 }).data;
    expect(Math.max(...clipped)).toBeLessThanOrEqual(1);
  });
  it("salt-and-pepper hits about `amount` of the pixels, all channels together, half 0 and half 1", () => {
    const out = addNoise(createImage(100, 100, 3, 0.5), { kind: "saltPepper", amount: 0.1, seed: 5 }).data;
    let salt = 0, pepper = 0;
    for (let p = 0; p < 10000; p++) {
      const [r, g, b] = [out[p * 3]!, out[p * 3 + 1]!, out[p * 3 + 2]!];
      expect(r === g && g === b).toBe(true);
      if (r === 1) salt++;
      if (r === 0) pepper++;
    }
    expect(salt + pepper).toBeGreaterThan(900);
    expect(salt + pepper).toBeLessThan(1100);
    expect(Math.abs(salt - pepper)).toBeLessThan(150);
  });
  it("rejects an unknown kind and a probability above 1, naming the option", () => {
    const img = createImage(2, 2, 1);
    expect(() => addNoise(img, { kind: "poisson" as "gaussian" })).toThrow(/options\.kind/);
    expect(() => addNoise(img, { kind: "saltPepper", amount: 1.5 })).toThrow(/options\.amount/);
  });
});
