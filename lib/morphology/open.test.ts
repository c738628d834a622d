import { fromUint8, seededRandom, type Image } from "../core";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { open, structuringElement, type StructuringElement } from ".";

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
    cv.morphologyEx(track(toMat(img, { depth: "uint8" })), dst, cv.MORPH_OPEN, k);
    return fromMat(dst);
  });
}

describe("open", () => {
  it.each([["rect 3", structuringElement("rect", 3)], ["ellipse 7", structuringElement("ellipse", 7)], ["cross 5×3", structuringElement("cross", { width: 5, height: 3 })]])(
    "equals cv.morphologyEx(MORPH_OPEN) for a symmetric element (%s)",
    (_, se) => {
      const img = random8(31, 24, se.width + se.height);
      expect(open(img, se)).toBeCloseToImage(cvMorphEx(img, se), 1e-6);
    },
  );
  it("is idempotent and anti-extensive (open(open f) = open f ≤ f), also for an asymmetric element", () => {
    const se: StructuringElement = { width: 3, height: 3, data: [1, 1, 0, 0, 1, 0, 0, 0, 1] };
    for (let seed = 0; seed < 5; seed++) {
      const img = random8(19, 15, seed);
      const once = open(img, se);
      expect(open(once, se)).toBeCloseToImage(once, 0);
      once.data.forEach((v, i) => expect(v).toBeLessThanOrEqual(img.data[i]!));
    }
  });
  it("removes a 1-pixel speck and keeps a 3×3 block (hand-checked)", () => {
    const w = 7;
    const data = new Float32Array(49);
    data[1 * w + 1] = 1; // speck
    for (let y = 3; y < 6; y++) for (let x = 3; x < 6; x++) data[y * w + x] = 1;
    const out = open({ width: w, height: w, channels: 1, data });
    expect(out.data[1 * w + 1]).toBe(0);
    expect(Array.from(out.data).reduce((a, b) => a + b, 0)).toBe(9);
  });
  it("applies iterations: erode n times then dilate n times", () => {
    const img = random8(15, 15, 9);
    expect(open(img, structuringElement("rect", 3), { iterations: 2 })).toBeCloseToImage(open(img, structuringElement("rect", 5)), 0);
  });
});
