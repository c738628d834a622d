import { fromRows, fromUint8, randomImage, seededRandom, type Image } from "../core";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { oracleImage, pythonOracle } from "../testing/pythonOracle";
import { medianBlur } from ".";

function random8(w: number, h: number, c: number, seed: number): Image {
  const rng = seededRandom(seed);
  return fromUint8(Uint8Array.from({ length: w * h * c }, () => rng.int(256)), w, h, c);
}
function cvMedian(img: Image, k: number): Image {
  return withMats((track) => {
    const cv = opencv();
    const dst = track(new cv.Mat());
    cv.medianBlur(track(toMat(img, { depth: "uint8" })), dst, k);
    return fromMat(dst);
  });
}
/** Brute force: sort every replicate-bordered window. */
function bruteMedian(img: Image, k: number): Image {
  const { width: w, height: h, channels: c, data } = img;
  const out = new Float32Array(data.length);
  const r = k >> 1;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      for (let ch = 0; ch < c; ch++) {
        const win: number[] = [];
        for (let i = -r; i <= r; i++)
          for (let j = -r; j <= r; j++) win.push(data[(Math.min(h - 1, Math.max(0, y + i)) * w + Math.min(w - 1, Math.max(0, x + j))) * c + ch]!);
        win.sort((a, b) => a - b);
        out[(y * w + x) * c + ch] = win[(k * k) >> 1]!;
      }
  return { ...img, data: out };
}

describe("medianBlur", () => {
  it("removes an isolated salt pixel and keeps a step edge (hand-checked)", () => {
    expect(Array.from(medianBlur(fromRows([[0, 0, 0], [0, 1, 0], [0, 0, 0]])).data)).toEqual(new Array(9).fill(0));
    const step = fromRows([[0, 0, 1, 1], [0, 0, 1, 1], [0, 0, 1, 1]]);
    expect(medianBlur(step, 3)).toBeCloseToImage(step, 0);
  });
  it.each([3, 5, 7, 9, 15])("equals cv.medianBlur on 8-bit-valued input, size %p, grey and RGB", (k) => {
    for (const c of [1, 3]) {
      const img = random8(31, 26, c, k + c);
      expect(medianBlur(img, k)).toBeCloseToImage(cvMedian(img, k), 0);
    }
  });
  it.each([3, 5, 7])("is the exact median on arbitrary float input, size %p (brute force)", (k) => {
    const img = randomImage(12, 9, 2, k);
    expect(medianBlur(img, k)).toBeCloseToImage(bruteMedian(img, k), 0);
  });
  it("is exact on negative values too (size 3 float fallback), grey and RGB", () => {
    for (const c of [1, 3]) {
      const img = randomImage(10, 8, c, 4);
      const signed = { ...img, data: img.data.map((v) => v - 0.5) };
      expect(medianBlur(signed, 3)).toBeCloseToImage(bruteMedian(signed, 3), 0);
    }
  });
  it("equals cv2.medianBlur (Python) on float input, size 5", () => {
    const img = randomImage(14, 11, 1, 21);
    expect(medianBlur(img, 5)).toBeCloseToImage(oracleImage(pythonOracle("result = cv2.medianBlur(img, 5)", { img })), 0);
  });
  it("handles 1×1, 1×N and images smaller than the window; size 1 is a copy", () => {
    const one = fromRows([[0.4]]);
    expect(medianBlur(one, 5)).toBeCloseToImage(one, 0);
    const row = random8(7, 1, 1, 2);
    expect(medianBlur(row, 5)).toBeCloseToImage(cvMedian(row, 5), 0);
    const copy = medianBlur(row, 1);
    expect(copy.data).not.toBe(row.data);
    expect(copy).toBeCloseToImage(row, 0);
  });
  it("rejects an even size, naming `size`", () => {
    expect(() => medianBlur(randomImage(3, 3, 1, 1), 4)).toThrow(/^size:/);
  });
});
