import { fromUint8, seededRandom, type Image } from "../core";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { blackHat, structuringElement, type StructuringElement } from ".";

function random8(w: number, h: number, seed: number): Image {
  const rng = seededRandom(seed);
  return fromUint8(Uint8Array.from({ length: w * h }, () => rng.int(256)), w, h, 1);
}
function cvMorphEx(img: Image, se: StructuringElement): Image {
  return withMats((track) => {
    const cv = opencv();
    const k = track(new cv.Mat(se.height, se.width, cv.CV_8UC1));
    k.data.set(Array.from(se.data));
    const dst = track(new cv.Mat());
    cv.morphologyEx(track(toMat(img, { depth: "uint8" })), dst, cv.MORPH_BLACKHAT, k);
    return fromMat(dst);
  });
}

describe("blackHat", () => {
  it.each([["rect 3", structuringElement("rect", 3)], ["ellipse 7", structuringElement("ellipse", 7)], ["cross 5×3", structuringElement("cross", { width: 5, height: 3 })]])(
    "equals cv.morphologyEx(MORPH_BLACKHAT) for a symmetric element (%s)",
    (_, se) => {
      const img = random8(31, 24, se.width + se.height);
      expect(blackHat(img, se)).toBeCloseToImage(cvMorphEx(img, se), 1e-6);
    },
  );
  it("picks out a dark speck, ≥ 0 everywhere (hand-checked)", () => {
    const data = new Float32Array(25).fill(0.75);
    data[12] = 0;
    const out = blackHat({ width: 5, height: 5, channels: 1, data });
    expect(out.data[12]).toBeCloseTo(0.75, 6);
    expect(Math.min(...out.data)).toBe(0);
  });
});
