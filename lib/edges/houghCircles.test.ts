import { createImage, type Image } from "../core";
import { opencv, toMat, withMats } from "../cvbridge";
import { houghCircles } from "./houghCircles";

function disks(w: number, h: number, circles: [number, number, number][], bg = 0.2, fg = 0.8): Image {
  const img = createImage(w, h, 1, bg);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    for (const [cx, cy, r] of circles) {
      // anti-aliased edge: coverage ≈ clamp(r − d + 0.5, 0, 1), like a rendered coin
      const cover = Math.min(1, Math.max(0, r - Math.hypot(x - cx, y - cy) + 0.5));
      if (cover > 0) img.data[y * w + x] = bg + (fg - bg) * cover;
    }
  }
  return img;
}
const truth: [number, number, number][] = [[40, 40, 20], [110, 50, 28], [60, 110, 15], [140, 120, 22]];

describe("houghCircles", () => {
  it("finds synthetic disks within 1.5 px in centre and radius", () => {
    const found = houghCircles(disks(180, 160, truth), { minDist: 20, param1: 100, param2: 20, minRadius: 10, maxRadius: 40 });
    expect(found).toHaveLength(truth.length);
    for (const [cx, cy, r] of truth) {
      const c = found.find((f) => Math.hypot(f.x - cx, f.y - cy) <= 1.5);
      expect(c).toBeDefined();
      expect(Math.abs(c!.radius - r)).toBeLessThanOrEqual(1.5);
    }
  });
  it("agrees with cv.HoughCircles (opencv-wasm) within 2 px on a coins-like scene with noise", () => {
    const img = disks(180, 160, truth, 0.3, 0.7);
    let s = 1;
    for (let i = 0; i < img.data.length; i++) { s = (s * 16807) % 2147483647; img.data[i] += ((s / 2147483647) - 0.5) * 0.1; }
    const ours = houghCircles(img, { dp: 1, minDist: 20, param1: 100, param2: 20, minRadius: 10, maxRadius: 40 });
    const ref = withMats((track) => {
      const cv = opencv();
      const out = track(new cv.Mat());
      cv.HoughCircles(track(toMat(img, { depth: "uint8" })), out, cv.HOUGH_GRADIENT, 1, 20, 100, 20, 10, 40);
      const list: number[][] = [];
      for (let i = 0; i < out.cols; i++) list.push([out.data32F[3 * i]!, out.data32F[3 * i + 1]!, out.data32F[3 * i + 2]!]);
      return list;
    });
    expect(ref.length).toBeGreaterThanOrEqual(truth.length);
    for (const [cx, cy, r] of truth) {
      const a = ours.find((f) => Math.hypot(f.x - cx, f.y - cy) <= 2);
      const b = ref.find((f) => Math.hypot(f[0]! - cx, f[1]! - cy) <= 2);
      expect(a).toBeDefined();
      expect(b).toBeDefined();
      expect(Math.hypot(a!.x - b![0]!, a!.y - b![1]!)).toBeLessThanOrEqual(2);
      expect(Math.abs(a!.radius - b![2]!)).toBeLessThanOrEqual(2);
    }
  });
  it("finds nothing on a flat image", () => {
    expect(houghCircles(createImage(50, 50, 1, 0.5))).toEqual([]);
  });
  it("rejects maxRadius below minRadius and dp < 1", () => {
    expect(() => houghCircles(createImage(20, 20), { minRadius: 10, maxRadius: 5 })).toThrow(/options.maxRadius/);
    expect(() => houghCircles(createImage(20, 20), { dp: 0.5 })).toThrow(/options.dp/);
  });
});
