import { fromUint8, seededRandom, type Image } from "../core";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { topHat, structuringElement, type StructuringElement } from ".";

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
    cv.morphologyEx(track(toMat(img, { depth: "uint8" })), dst, cv.MORPH_TOPHAT, k);
    return fromMat(dst);
  });
}

describe("topHat", () => {
  it.each([["rect 3", structuringElement("rect", 3)], ["ellipse 7", structuringElement("ellipse", 7)], ["cross 5×3", structuringElement("cross", { width: 5, height: 3 })]])(
    "equals cv.morphologyEx(MORPH_TOPHAT) for a symmetric element (%s)",
    (_, se) => {
      const img = random8(31, 24, se.width + se.height);
      expect(topHat(img, se)).toBeCloseToImage(cvMorphEx(img, se), 1e-6);
    },
  );
  it("keeps a bright speck on a dark background and removes the background (hand-checked)", () => {
    const data = new Float32Array(25).fill(0.25);
    data[12] = 1;
    const out = topHat({ width: 5, height: 5, channels: 1, data });
    expect(out.data[12]).toBeCloseTo(0.75, 6);
    expect(Array.from(out.data).filter((v) => v !== 0).length).toBe(1);
  });
});
