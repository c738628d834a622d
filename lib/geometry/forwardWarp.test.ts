import { fromRows, randomImage } from "../core";
import { affineMatrix } from "./affineMatrix";
import { forwardWarp } from "./forwardWarp";
import { warpAffine } from "./warpAffine";

const zeros = (d: Float32Array, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) if (d[i] === 0) n++;
  return n;
};

describe("forwardWarp", () => {
  it("moves pixels by an integer translation exactly like inverse warping", () => {
    const img = randomImage(6, 5, 1, 3);
    const M = affineMatrix({ translate: [2, 1] });
    expect(forwardWarp(img, M)).toBeCloseToImage(warpAffine(img, M), 0);
  });
  it("leaves holes when enlarging, where inverse mapping leaves none", () => {
    const img = randomImage(20, 20, 1, 4);
    for (let i = 0; i < img.data.length; i++) img.data[i] = 0.1 + 0.9 * img.data[i]!;
    const M = affineMatrix({ scale: 1.5, rotate: 20, center: { x: 10, y: 10 } });
    const fw = forwardWarp(img, M);
    const inv = warpAffine(img, M);
    // Central 8×8 region is covered by the image in both cases.
    let holesF = 0;
    let holesI = 0;
    for (let y = 6; y < 14; y++) (holesF += zeros(fw.data, y * 20 + 6, y * 20 + 14)), (holesI += zeros(inv.data, y * 20 + 6, y * 20 + 14));
    expect(holesF).toBeGreaterThan(5);
    expect(holesI).toBe(0);
  });
  it("fills uncovered pixels with options.fill", () => {
    const out = forwardWarp(fromRows([[1]]), [1, 0, 0, 0, 1, 0], { width: 2, height: 1, fill: 0.5 });
    expect(Array.from(out.data)).toEqual([1, 0.5]);
  });
});
