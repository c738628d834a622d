import { randomImage, createImage } from "../core";
import { phaseMagnitudeSwap } from "./phaseMagnitudeSwap";

const corr = (a: Float32Array, b: Float32Array) => {
  const n = a.length, ma = a.reduce((s, v) => s + v, 0) / n, mb = b.reduce((s, v) => s + v, 0) / n;
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < n; i++) { sab += (a[i]! - ma) * (b[i]! - mb); saa += (a[i]! - ma) ** 2; sbb += (b[i]! - mb) ** 2; }
  return sab / Math.sqrt(saa * sbb);
};

describe("phaseMagnitudeSwap", () => {
  it("gives back the images themselves when a = b", () => {
    const a = randomImage(8, 6, 1, 1);
    expect(phaseMagnitudeSwap(a, a).magnitudeAPhaseB).toBeCloseToImage(a, 1e-5);
  });
  it("produces images that correlate with the image whose phase they keep", () => {
    const a = createImage(32, 32), b = randomImage(32, 32, 1, 9);
    for (let y = 8; y < 24; y++) for (let x = 8; x < 24; x++) a.data[y * 32 + x] = 1;
    const { magnitudeAPhaseB, magnitudeBPhaseA } = phaseMagnitudeSwap(a, b);
    expect(corr(magnitudeAPhaseB.data, b.data)).toBeGreaterThan(corr(magnitudeAPhaseB.data, a.data));
    expect(corr(magnitudeBPhaseA.data, a.data)).toBeGreaterThan(corr(magnitudeBPhaseA.data, b.data));
  });
  it("rejects images of different sizes", () => {
    expect(() => phaseMagnitudeSwap(createImage(4, 4), createImage(4, 5))).toThrow(/\bb\b/);
  });
});
