import { fromRows, randomImage } from "../core";
import { energy } from "./energy";

describe("energy", () => {
  it("is |∂x| + |∂y| with central differences and replicated borders (hand-checked)", () => {
    const e = energy(fromRows([[0, 1, 3], [0, 1, 3]]));
    // x=0: (1−0)/2; x=1: (3−0)/2; x=2: (3−1)/2; no vertical change.
    expect(Array.from(e.data)).toEqual([0.5, 1.5, 1, 0.5, 1.5, 1]);
  });
  it("sums over channels", () => {
    const g = randomImage(5, 4, 1, 2);
    const rgb = { width: 5, height: 4, channels: 3, data: new Float32Array(60) };
    for (let i = 0; i < 20; i++) rgb.data.fill(g.data[i]!, 3 * i, 3 * i + 3);
    const eg = energy(g);
    expect(energy(rgb)).toBeCloseToImage({ ...eg, data: eg.data.map((v) => 3 * v) }, 1e-6);
  });
  it("is zero on a constant image and works on 1×1", () => {
    expect(Array.from(energy(fromRows([[0.3, 0.3], [0.3, 0.3]])).data)).toEqual([0, 0, 0, 0]);
    expect(Array.from(energy(fromRows([[0.7]])).data)).toEqual([0]);
  });
});
