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
  /** Reference labelling by flood fill from each unlabelled pixel in raster order. */
  function floodLabels(b: Image, eight: boolean): { labels: Int32Array; count: number } {
    const { width: w, height: h, data } = b;
    const labels = new Int32Array(w * h);
    let count = 1;
    const stack: number[] = [];
    for (let i = 0; i < w * h; i++) {
      if (data[i] === 0 || labels[i] !== 0) continue;
      labels[i] = count;
      stack.push(i);
      while (stack.length > 0) {
        const p = stack.pop()!;
        const px = p % w, py = (p - px) / w;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            if ((dx === 0 && dy === 0) || (!eight && dx !== 0 && dy !== 0)) continue;
            const x = px + dx, y = py + dy;
            if (x < 0 || y < 0 || x >= w || y >= h) continue;
            const q = y * w + x;
            if (data[q] !== 0 && labels[q] === 0) (labels[q] = count), stack.push(q);
          }
        }
      }
      count++;
    }
    return { labels, count };
  }
  it("equals a flood-fill labelling in raster order (property: odd and even widths, densities, both connectivities)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), fc.integer({ min: 1, max: 41 }), fc.integer({ min: 1, max: 23 }), fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.boolean(), (seed, w, h, p, eight) => {
        const b = randomBinary(w, h, seed, p);
        const ours = connectedComponents(b, { connectivity: eight ? 8 : 4 });
        const ref = floodLabels(b, eight);
        expect(ours.count).toBe(ref.count);
        expect(Array.from(ours.labels)).toEqual(Array.from(ref.labels));
      }),
      { numRuns: 150 },
    );
  });
  it("treats −0 as background and NaN as foreground, on data at any byte offset", () => {
    const values = [0, -0, 1, NaN, 0.5, -0, -0, 0, 2, 0, -0, 1];
    for (const offset of [0, 1, 2, 3]) {
      const buf = new Float32Array(offset + values.length);
      buf.set(values, offset);
      const b: Image = { width: 4, height: 3, channels: 1, data: buf.subarray(offset) };
      const clean: Image = { width: 4, height: 3, channels: 1, data: Float32Array.from(values, (v) => (v === 0 ? 0 : 1)) };
      expect(Array.from(connectedComponents(b).labels)).toEqual(Array.from(floodLabels(clean, true).labels));
      expect(Array.from(connectedComponents(b, { connectivity: 4 }).labels)).toEqual(Array.from(floodLabels(clean, false).labels));
    }
  });
  it("writes into options.out, overwriting every stale value, and returns it as labels", () => {
    const b = randomBinary(37, 29, 5);
    const fresh = connectedComponents(b);
    const out = new Int32Array(37 * 29).fill(99);
    const reused = connectedComponents(b, { out });
    expect(reused.labels).toBe(out);
    expect(Array.from(out)).toEqual(Array.from(fresh.labels));
    expect(reused.count).toBe(fresh.count);
  });
  it("rejects an out buffer of the wrong type or length", () => {
    expect(() => connectedComponents(img, { out: new Int32Array(3) })).toThrow(ArgumentTypeError);
    expect(() => connectedComponents(img, { out: new Float32Array(20) as never })).toThrow(/options\.out/);
  });
  it("rejects bad connectivity and colour input", () => {
    expect(() => connectedComponents(img, { connectivity: 6 as never })).toThrow(ArgumentRangeError);
    expect(() => connectedComponents(createImage(2, 2, 3))).toThrow(ArgumentTypeError);
  });
});
