import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { fromRows, createImage, seededRandom, ArgumentRangeError, type Image } from "../core";
import { opencv, toMat, fromMat, withMats } from "../cvbridge";
import { pythonOracle, oracleImage } from "../testing/pythonOracle";
import { canny } from "./canny";

function loadGrey(name: string): Image {
  const png = PNG.sync.read(readFileSync(join(__dirname, "..", "..", "datasets", "images", name)));
  const img = createImage(png.width, png.height, 1);
  for (let i = 0; i < png.width * png.height; i++) img.data[i] = png.data[i * 4]! / 255;
  return img;
}
const cvCanny = (img: Image, low: number, high: number, l2 = false, aperture = 3): Image =>
  withMats((track) => {
    const cv = opencv();
    const dst = track(new cv.Mat());
    cv.Canny(track(toMat(img, { depth: "uint8" })), dst, low, high, aperture, l2);
    return fromMat(dst);
  });

/** Fraction of `a`'s edge pixels with an edge of `b` within 1 px (8-neighbourhood). */
function within1px(a: Image, b: Image): number {
  const { width: w, height: h } = a;
  let total = 0, hit = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (a.data[y * w + x] === 0) continue;
      total++;
      search: for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx, yy = y + dy;
          if (xx >= 0 && yy >= 0 && xx < w && yy < h && b.data[yy * w + xx] !== 0) { hit++; break search; }
        }
      }
    }
  }
  return total === 0 ? 1 : hit / total;
}
const identical = (a: Image, b: Image) => a.data.every((v, i) => v === b.data[i]);

describe("canny", () => {
  it("traces a 4×4 bright square with a one-pixel line, exactly as cv.Canny does (tie rule shows at the corners)", () => {
    const rows = Array.from({ length: 8 }, (_, y) => Array.from({ length: 8 }, (_, x) => (x >= 2 && x < 6 && y >= 2 && y < 6 ? 1 : 0)));
    const img = fromRows(rows);
    const expected = fromRows([
      [0, 0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 1, 1, 0, 0, 0],
      [0, 0, 1, 0, 0, 1, 0, 0],
      [0, 1, 0, 0, 0, 1, 0, 0],
      [0, 1, 0, 0, 0, 1, 0, 0],
      [0, 0, 1, 1, 1, 1, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    expect(canny(img, { low: 100, high: 200 })).toBeCloseToImage(expected, 0);
    expect(cvCanny(img, 100, 200)).toBeCloseToImage(expected, 0);
  });

  it("returns no edges on a constant image", () => {
    expect(canny(createImage(9, 7, 1, 0.4)).data.every((v) => v === 0)).toBe(true);
  });

  const cases: [string, number, number, boolean, 3 | 5][] = [
    ["camera.png", 50, 150, false, 3],
    ["camera.png", 100, 200, true, 3],
    ["coins.png", 80, 160, false, 3],
    ["coins.png", 300, 900, false, 5],
  ];
  for (const [name, low, high, l2, aperture] of cases) {
    it(`agrees with cv.Canny (opencv-wasm) on ${name} low=${low} high=${high} L2=${l2} aperture=${aperture}: ≥ 95% of edges within 1 px both ways`, () => {
      const img = loadGrey(name);
      const ours = canny(img, { low, high, l2gradient: l2, apertureSize: aperture });
      const ref = cvCanny(img, low, high, l2, aperture);
      expect(within1px(ours, ref)).toBeGreaterThanOrEqual(0.95);
      expect(within1px(ref, ours)).toBeGreaterThanOrEqual(0.95);
      const same = ours.data.reduce((s, v, i) => s + (v === ref.data[i] ? 1 : 0), 0) / ours.data.length;
      expect(same).toBeGreaterThan(0.999);
    });
  }

  it("is pixel-identical to cv.Canny for an 8-bit image with L1 gradients", () => {
    const img = loadGrey("camera.png");
    expect(identical(canny(img, { low: 50, high: 150 }), cvCanny(img, 50, 150))).toBe(true);
  });

  it("is pixel-identical to cv.Canny on random 8-bit images of every width 1…11 (word-wide paths and their tails), both gradient norms", () => {
    for (let w = 1; w <= 11; w++) {
      for (const h of [1, 2, 3, 8]) {
        const rng = seededRandom(10 * w + h);
        const img = createImage(w, h, 1);
        for (let i = 0; i < w * h; i++) img.data[i] = rng.int(256) / 255;
        for (const l2 of [false, true]) expect(identical(canny(img, { low: 40, high: 120, l2gradient: l2 }), cvCanny(img, 40, 120, l2))).toBe(true);
      }
    }
  });

  it("agrees with OpenCV's Python build", () => {
    const img = loadGrey("coins.png");
    const ref = oracleImage(pythonOracle("result = cv2.Canny(np.round(img * 255).astype(np.uint8), 60, 180) / 255.0", { img }));
    const ours = canny(img, { low: 60, high: 180 });
    expect(within1px(ours, ref)).toBeGreaterThanOrEqual(0.95);
    expect(within1px(ref, ours)).toBeGreaterThanOrEqual(0.95);
  });

  it("smooths first when sigma > 0 (fewer edge pixels on a textured image)", () => {
    const img = loadGrey("coins.png");
    const raw = canny(img, { low: 30, high: 90 }).data.reduce((s, v) => s + v, 0);
    const smooth = canny(img, { low: 30, high: 90, sigma: 2 }).data.reduce((s, v) => s + v, 0);
    expect(smooth).toBeLessThan(raw);
  });

  it("swaps low and high like OpenCV", () => {
    const img = loadGrey("coins.png");
    expect(identical(canny(img, { low: 150, high: 50 }), canny(img, { low: 50, high: 150 }))).toBe(true);
  });

  it("rejects negative thresholds and bad apertures", () => {
    expect(() => canny(createImage(3, 3), { low: -1 })).toThrow(/options.low/);
    expect(() => canny(createImage(3, 3), { apertureSize: 4 as never })).toThrow(ArgumentRangeError);
  });
});
