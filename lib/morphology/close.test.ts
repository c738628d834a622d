import { fromUint8, seededRandom, type Image } from "../core";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { close, structuringElement, type StructuringElement } from ".";

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
    cv.morphologyEx(track(toMat(img, { depth: "uint8" })), dst, cv.MORPH_CLOSE, k);
    return fromMat(dst);
  });
}

describe("close", () => {
  it.each([["rect 3", structuringElement("rect", 3)], ["ellipse 7", structuringElement("ellipse", 7)], ["cross 5×3", structuringElement("cross", { width: 5, height: 3 })]])(
    "equals cv.morphologyEx(MORPH_CLOSE) for a symmetric element (%s)",
    (_, se) => {
      const img = random8(31, 24, se.width + se.height);
      expect(close(img, se)).toBeCloseToImage(cvMorphEx(img, se), 1e-6);
    },
  );
  it("is idempotent and extensive (close(close f) = close f ≥ f)", () => {
    const se: StructuringElement = { width: 3, height: 3, data: [1, 1, 0, 0, 1, 0, 0, 0, 1] };
    for (let seed = 0; seed < 5; seed++) {
      const img = random8(19, 15, seed);
      const once = close(img, se);
      expect(close(once, se)).toBeCloseToImage(once, 0);
      once.data.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(img.data[i]!));
    }
  });
  it("fills a 1-pixel hole (hand-checked)", () => {
    const data = new Float32Array(25).fill(1);
    data[12] = 0;
    expect(Array.from(close({ width: 5, height: 5, channels: 1, data }).data)).toEqual(new Array(25).fill(1));
  });
});
