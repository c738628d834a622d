import fc from "fast-check";
import { fromRows, createImage, seededRandom, ArgumentRangeError, ArgumentTypeError, type Image } from "../core";
import { opencv, toMat, withMats } from "../cvbridge";
import { pythonOracle, type OracleArray } from "../testing/pythonOracle";
import { connectedComponents } from "./connectedComponents";

function randomBinary(w: number, h: number, seed: number, p = 0.45): Image {
  const rng = seededRandom(seed);
  const img = createImage(w, h);
  for (let i = 0; i < img.data.length; i++) img.data[i] = rng.next() < p ? 1 : 0;
  return img;
}
const cvLabels = (img: Image, connectivity: number): { labels: Int32Array; count: number } =>
  withMats((track) => {
    const cv = opencv();
    const labels = track(new cv.Mat());
    const count = cv.connectedComponents(track(toMat(img, { depth: "uint8" })), labels, connectivity, cv.CV_32S);
    return { labels: labels.data32S.slice(), count };
  });
/** True when a and b are the same partition (a bijection between labels maps one to the other, 0 ↔ 0). */
function samePartition(a: Int32Array, b: Int32Array): boolean {
  const ab = new Map<number, number>(), ba = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!, y = b[i]!;
    if ((x === 0) !== (y === 0)) return false;
    if (ab.has(x) && ab.get(x) !== y) return false;
    if (ba.has(y) && ba.get(y) !== x) return false;
    ab.set(x, y);
    ba.set(y, x);
  }
  return true;
}

describe("connectedComponents", () => {
  const img = fromRows([
    [1, 1, 0, 0, 1],
    [0, 0, 1, 0, 1],
    [1, 0, 0, 0, 0],
    [1, 0, 1, 1, 0],
  ]);
  it("joins diagonal neighbours with 8-connectivity (hand-checked labels in raster order)", () => {
    const { labels, count } = connectedComponents(img);
    expect(count).toBe(5);
    expect(Array.from(labels)).toEqual([1, 1, 0, 0, 2, 0, 0, 1, 0, 2, 3, 0, 0, 0, 0, 3, 0, 4, 4, 0]);
  });
  it("keeps them apart with 4-connectivity", () => {
    const { labels, count } = connectedComponents(img, { connectivity: 4 });
    expect(count).toBe(6);
    expect(Array.from(labels)).toEqual([1, 1, 0, 0, 2, 0, 0, 3, 0, 2, 4, 0, 0, 0, 0, 4, 0, 5, 5, 0]);
  });
  it("merges a U shape whose arms meet only at the bottom (union–find)", () => {
    const u = fromRows([[1, 0, 1, 0, 1], [1, 0, 1, 0, 1], [1, 1, 1, 1, 1]]);
    const { labels, count } = connectedComponents(u, { connectivity: 4 });
    expect(count).toBe(2);
    expect(new Set(labels)).toEqual(new Set([0, 1]));
  });
  for (const connectivity of [4, 8] as const) {
    it(`matches cv.connectedComponents (opencv-wasm, default algorithm) up to a permutation of labels, ${connectivity}-connected`, () => {
      for (const seed of [1, 2, 3]) {
        const b = randomBinary(67, 41, seed);
        const ours = connectedComponents(b, { connectivity });
        const ref = cvLabels(b, connectivity);
        expect(ours.count).toBe(ref.count);
        expect(samePartition(ours.labels, ref.labels)).toBe(true);
      }
    });
    it(`gives exactly OpenCV's CCL_WU labels (Python build), ${connectivity}-connected`, () => {
      const b = randomBinary(53, 37, 9);
      const ref = pythonOracle(
        `n, lab = cv2.connectedComponentsWithAlgorithm((img > 0).astype(np.uint8), ${connectivity}, cv2.CV_32S, cv2.CCL_WU)\nresult = lab`,
        { img: b },
      ) as OracleArray;
      expect(Array.from(connectedComponents(b, { connectivity }).labels)).toEqual(Array.from(ref.data));
    });
  }
  it("numbers components in raster order of their first pixel (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), (seed, w, h) => {
        const { labels, count } = connectedComponents(randomBinary(w, h, seed));
        let seen = 0;
        for (const l of labels) {
          if (l > seen) {
            expect(l).toBe(seen + 1);
            seen = l;
          }
        }
        expect(seen).toBe(count - 1);
      }),
      { numRuns: 50 },
    );
  });
  it("handles 1×1 and empty images", () => {
    expect(connectedComponents(fromRows([[1]])).count).toBe(2);
    expect(connectedComponents(fromRows([[0]])).count).toBe(1);
    const row = connectedComponents(fromRows([[1, 0, 1, 1, 0, 1]]));
    expect(Array.from(row.labels)).toEqual([1, 0, 2, 2, 0, 3]);
  });
  it("rejects bad connectivity and colour input", () => {
    expect(() => connectedComponents(img, { connectivity: 6 as never })).toThrow(ArgumentRangeError);
    expect(() => connectedComponents(createImage(2, 2, 3))).toThrow(ArgumentTypeError);
  });
});
