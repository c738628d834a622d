import { createImage, type Image } from "../core";
import { opencv, toMat, withMats } from "../cvbridge";
import { pythonOracle, type OracleArray } from "../testing/pythonOracle";
import { houghLines } from "./houghLines";

/** Rasterise x·cosθ + y·sinθ = ρ (nearest pixel along the longer axis). */
function drawLine(img: Image, rho: number, theta: number): void {
  const { width: w, height: h } = img;
  const c = Math.cos(theta), s = Math.sin(theta);
  if (Math.abs(s) > Math.abs(c)) {
    for (let x = 0; x < w; x++) { const y = Math.round((rho - x * c) / s); if (y >= 0 && y < h) img.data[y * w + x] = 1; }
  } else {
    for (let y = 0; y < h; y++) { const x = Math.round((rho - y * s) / c); if (x >= 0 && x < w) img.data[y * w + x] = 1; }
  }
}
function scene(): Image {
  const img = createImage(96, 80);
  drawLine(img, 30, Math.PI / 2); // horizontal y = 30
  drawLine(img, 20, 0); // vertical x = 20
  drawLine(img, 60, Math.PI / 4); // diagonal
  drawLine(img, -10, (3 * Math.PI) / 4); // anti-diagonal
  return img;
}
const cvLines = (img: Image, threshold: number): [number, number][] =>
  withMats((track) => {
    const cv = opencv();
    const lines = track(new cv.Mat());
    cv.HoughLines(track(toMat(img, { depth: "uint8" })), lines, 1, Math.PI / 180, threshold, 0, 0, 0, Math.PI);
    const out: [number, number][] = [];
    for (let i = 0; i < lines.rows; i++) out.push([lines.data32F[2 * i]!, lines.data32F[2 * i + 1]!]);
    return out;
  });

describe("houghLines", () => {
  it("finds the four drawn lines at their analytic (ρ, θ)", () => {
    const lines = houghLines(scene(), { threshold: 40 });
    const want: [number, number][] = [[30, 90], [20, 0], [60, 45], [-10, 135]];
    for (const [rho, deg] of want) {
      expect(lines.some((l) => Math.abs(l.rho - rho) <= 1 && Math.abs((l.theta * 180) / Math.PI - deg) <= 1)).toBe(true);
    }
    expect(lines[0]!.votes).toBeGreaterThanOrEqual(lines[lines.length - 1]!.votes);
  });
  it("returns the same lines in the same order as cv.HoughLines (opencv-wasm)", () => {
    const img = scene();
    const ours = houghLines(img, { threshold: 30 }).map((l) => [l.rho, l.theta]);
    const ref = cvLines(img, 30);
    expect(ours.length).toBe(ref.length);
    ours.forEach(([r, t], i) => {
      expect(r).toBeCloseTo(ref[i]![0], 4);
      expect(t).toBeCloseTo(ref[i]![1], 5);
    });
  });
  it("returns the same lines as OpenCV's Python build, with vote counts", () => {
    const img = scene();
    const ref = pythonOracle(
      "l = cv2.HoughLinesWithAccumulator((img > 0).astype(np.uint8) * 255, 1, np.pi / 180, 30)\nresult = l.reshape(-1, 3) if l is not None else np.zeros((0, 3))",
      { img },
    ) as OracleArray;
    const ours = houghLines(img, { threshold: 30 });
    expect(ours.length).toBe(ref.shape[0]);
    ours.forEach((l, i) => {
      expect(l.rho).toBeCloseTo(ref.data[3 * i]!, 4);
      expect(l.theta).toBeCloseTo(ref.data[3 * i + 1]!, 5);
      expect(l.votes).toBe(ref.data[3 * i + 2]);
    });
  });
  it("caps the result with maxLines and returns [] on an empty image", () => {
    expect(houghLines(scene(), { threshold: 30, maxLines: 2 })).toHaveLength(2);
    expect(houghLines(createImage(10, 10), { threshold: 1 })).toEqual([]);
  });
  it("rejects a negative maxLines", () => {
    expect(() => houghLines(createImage(3, 3), { maxLines: -1 })).toThrow(/options.maxLines/);
  });
});
