import { fromUint8, seededRandom, type Image } from "../core";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { gradient, structuringElement, type StructuringElement } from ".";

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
    cv.morphologyEx(track(toMat(img, { depth: "uint8" })), dst, cv.MORPH_GRADIENT, k);
    return fromMat(dst);
  });
}

describe("gradient", () => {
  it.each([["rect 3", structuringElement("rect", 3)], ["ellipse 7", structuringElement("ellipse", 7)], ["cross 5×3", structuringElement("cross", { width: 5, height: 3 })]])(
    "equals cv.morphologyEx(MORPH_GRADIENT) for a symmetric element (%s)",
    (_, se) => {
      const img = random8(31, 24, se.width + se.height);
      expect(gradient(img, se)).toBeCloseToImage(cvMorphEx(img, se), 1e-6);
    },
  );
  it("is 0 on a flat image and marks both sides of a step (hand-checked)", () => {
    const step = { width: 4, height: 1, channels: 1, data: Float32Array.from([0, 0, 1, 1]) };
    expect(Array.from(gradient(step).data)).toEqual([0, 1, 1, 0]);
  });
});
