import fc from "fast-check";
import { fromRows, fromUint8, seededRandom, type Image } from "../core";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { oracleImage, pythonOracle } from "../testing/pythonOracle";
import { dilate, erode, structuringElement, type StructuringElement } from ".";

function random8(w: number, h: number, c: number, seed: number): Image {
  const rng = seededRandom(seed);
  return fromUint8(Uint8Array.from({ length: w * h * c }, () => rng.int(256)), w, h, c);
}
function cvMorph(op: "dilate" | "erode", img: Image, se: StructuringElement, iterations = 1): Image {
  return withMats((track) => {
    const cv = opencv();
    const k = track(new cv.Mat(se.height, se.width, cv.CV_8UC1));
    k.data.set(Array.from(se.data, (v) => (v ? 1 : 0)));
    const dst = track(new cv.Mat());
    cv[op](track(toMat(img, { depth: "uint8" })), dst, k, new cv.Point(-1, -1), iterations);
    return fromMat(dst);
  });
}
const rotate180 = (se: StructuringElement): StructuringElement => ({ width: se.width, height: se.height, data: Array.from(se.data).reverse() });
const asym: StructuringElement = { width: 3, height: 3, data: [1, 1, 0, 0, 1, 0, 0, 0, 1] };

const shapes: [string, StructuringElement][] = [
  ["rect 3×3", structuringElement("rect", 3)],
  ["rect 5×3", structuringElement("rect", { width: 5, height: 3 })],
  ["rect 1×7", structuringElement("rect", { width: 1, height: 7 })],
  ["rect 9×9", structuringElement("rect", 9)],
  ["ellipse 7", structuringElement("ellipse", 7)],
  ["ellipse 9×5", structuringElement("ellipse", { width: 9, height: 5 })],
  ["cross 5", structuringElement("cross", 5)],
];

describe("dilate", () => {
  it("grows a single bright pixel into the (reflected) element — hand-checked, asymmetric SE", () => {
    const img = fromRows([[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]);
    const se: StructuringElement = { width: 3, height: 3, data: [0, 1, 1, 0, 1, 0, 0, 0, 0] }; // centre, up, up-right
    const out = dilate(img, se);
    const centre = [1, 2, 3].map((y) => [1, 2, 3].map((x) => out.data[y * 5 + x]));
    // Minkowski sum: the impulse at (2,2) spreads to (2,2)+s for s ∈ B: the element itself.
    expect(centre).toEqual([[0, 1, 1], [0, 1, 0], [0, 0, 0]]);
  });
  it.each(shapes)("equals cv.dilate for a symmetric element (%s), grey and RGB", (_, se) => {
    for (const c of [1, 3]) {
      const img = random8(29, 23, c, se.width * 7 + se.height + c);
      expect(dilate(img, se)).toBeCloseToImage(cvMorph("dilate", img, se), 0);
    }
  });
  it("reflects the element: differs from cv.dilate for an asymmetric SE and equals cv.dilate with the SE rotated 180°", () => {
    const img = random8(20, 17, 1, 4);
    expect(dilate(img, asym)).toBeCloseToImage(cvMorph("dilate", img, rotate180(asym)), 0);
    expect(dilate(img, asym)).not.toBeCloseToImage(cvMorph("dilate", img, asym), 1e-3);
  });
  it("ignores pixels outside the image (a bright border pixel does not leak, a dark one stays dark)", () => {
    const out = dilate(fromRows([[0.2, 0.1], [0.1, 0.1]]));
    expect(Array.from(out.data)).toEqual(new Array(4).fill(Math.fround(0.2)));
  });
  it("applies iterations like cv.dilate(…, iterations)", () => {
    const img = random8(25, 19, 1, 8);
    const se = structuringElement("cross", 3);
    expect(dilate(img, se, { iterations: 3 })).toBeCloseToImage(cvMorph("dilate", img, se, 3), 0);
    expect(dilate(img, se, { iterations: 0 })).toBeCloseToImage(img, 0);
  });
  it("equals cv2.dilate (Python) on float input with an ellipse", () => {
    const img = random8(18, 14, 1, 3);
    const theirs = oracleImage(pythonOracle("result = cv2.dilate(img, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5)))", { img }));
    expect(dilate(img, structuringElement("ellipse", 5))).toBeCloseToImage(theirs, 0);
  });
  it("works on values outside [0, 1] and negative values (float path)", () => {
    const img = fromRows([[-3, 2, -1], [0.5, -7, 4]]);
    expect(Array.from(dilate(img).data)).toEqual([2, 4, 4, 2, 4, 4]);
    expect(Array.from(erode(img).data)).toEqual([-7, -7, -7, -7, -7, -7]);
  });
  it("properties: erosion ≤ f ≤ dilation, and duality dilate(f, B) = 1 − erode(1 − f, reflect(B))", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 9, maxLength: 9 }), (seed, flags) => {
        flags[4] = 1; // anchor included so that erosion ≤ f ≤ dilation holds
        const se: StructuringElement = { width: 3, height: 3, data: flags };
        const f = random8(11, 9, 1, seed);
        const d = dilate(f, se).data, e = erode(f, se).data;
        for (let i = 0; i < f.data.length; i++) {
          expect(e[i]!).toBeLessThanOrEqual(f.data[i]!);
          expect(f.data[i]!).toBeLessThanOrEqual(d[i]!);
        }
        const inv = { ...f, data: f.data.map((v) => 1 - v) };
        const dual = erode(inv, rotate180(se));
        expect(dilate(f, se)).toBeCloseToImage({ ...f, data: dual.data.map((v) => 1 - v) }, 1e-6);
      }),
      { numRuns: 40 },
    );
  });
  it("rejects an empty element and a bad anchor, naming se", () => {
    const img = random8(3, 3, 1, 1);
    expect(() => dilate(img, { width: 3, height: 1, data: [0, 0, 0] })).toThrow(/^se:/);
    expect(() => dilate(img, { width: 3, height: 1, data: [1, 1, 1], anchor: { x: 3, y: 0 } })).toThrow(/se\.anchor\.x/);
    expect(() => dilate(img, { width: 3, height: 3, data: [1] })).toThrow(/^se:/);
  });
});

describe("erode", () => {
  it.each(shapes)("equals cv.erode (%s), grey and RGB", (_, se) => {
    for (const c of [1, 3]) {
      const img = random8(27, 21, c, se.width * 3 + se.height + c);
      expect(erode(img, se)).toBeCloseToImage(cvMorph("erode", img, se), 0);
    }
  });
  it("equals cv.erode for an asymmetric element too (erosion does not reflect) and with iterations", () => {
    const img = random8(20, 17, 1, 6);
    expect(erode(img, asym)).toBeCloseToImage(cvMorph("erode", img, asym), 0);
    expect(erode(img, asym, { iterations: 2 })).toBeCloseToImage(cvMorph("erode", img, asym, 2), 0);
  });
  it("shrinks a white square by one pixel on each side — hand-checked", () => {
    const rows = Array.from({ length: 6 }, (_, y) => Array.from({ length: 6 }, (_, x) => (x >= 1 && x <= 4 && y >= 1 && y <= 4 ? 1 : 0)));
    const out = erode(fromRows(rows));
    const expected = Array.from({ length: 6 }, (_, y) => Array.from({ length: 6 }, (_, x) => (x >= 2 && x <= 3 && y >= 2 && y <= 3 ? 1 : 0)));
    expect(out).toBeCloseToImage(fromRows(expected), 0);
  });
});

describe("dilate/erode 3×3 fast path", () => {
  it("falls back to floats when values are negative (or −0) and still matches a brute-force max/min", () => {
    const rng = seededRandom(12);
    const w = 17, h = 12;
    const img = { width: w, height: h, channels: 1, data: Float32Array.from({ length: w * h }, () => rng.next() - 0.5) };
    img.data[40] = -0;
    const brute = (isMax: boolean): Image => {
      const data = new Float32Array(w * h);
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
          let m = isMax ? -Infinity : Infinity;
          for (let dy = -1; dy <= 1; dy++)
            for (let dx = -1; dx <= 1; dx++) {
              const yy = y + dy, xx = x + dx;
              if (yy < 0 || yy >= h || xx < 0 || xx >= w) continue;
              m = isMax ? Math.max(m, img.data[yy * w + xx]!) : Math.min(m, img.data[yy * w + xx]!);
            }
          data[y * w + x] = m;
        }
      return { ...img, data };
    };
    expect(dilate(img)).toBeCloseToImage(brute(true), 0);
    expect(erode(img)).toBeCloseToImage(brute(false), 0);
    const pos = { ...img, data: img.data.map((v) => Math.abs(v)) };
    expect(dilate(pos)).toBeCloseToImage(cvMorph("dilate", { ...pos, data: pos.data.map((v) => Math.round(v * 255) / 255) }, structuringElement("rect", 3)), 1 / 255);
  });
  it("equals cv.dilate / cv.erode exactly on every width 1…11 and heights 1…6 (two columns per step and its tails)", () => {
    const se = structuringElement("rect", 3);
    for (let w = 1; w <= 11; w++) {
      for (let h = 1; h <= 6; h++) {
        const img = random8(w, h, 1, 100 * w + h);
        expect(dilate(img, se)).toBeCloseToImage(cvMorph("dilate", img, se), 0);
        expect(erode(img, se)).toBeCloseToImage(cvMorph("erode", img, se), 0);
      }
    }
  });
  it("writes into options.out and rejects the input's own buffer", () => {
    const img = random8(9, 7, 1, 2);
    const out = new Float32Array(63);
    expect(dilate(img, undefined, { out }).data).toBe(out);
    expect({ ...img, data: out }).toBeCloseToImage(cvMorph("dilate", img, structuringElement("rect", 3)), 0);
    expect(() => erode(img, undefined, { out: img.data })).toThrow(/options\.out/);
    expect(erode(img, undefined, { iterations: 0, out }).data).toBe(out);
  });
});
