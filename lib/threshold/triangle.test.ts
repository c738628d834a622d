import fc from "fast-check";
import { triangle } from "./triangle";
import { triangleThreshold } from "./triangleThreshold";
import { fromRows } from "../core/create";
import { randomImage } from "../core/random";
import { opencv } from "../cvbridge";
import { pythonOracle } from "../testing/pythonOracle";
import { bimodal, cvThreshold8 } from "./testing/thresholdTestUtil";

const TRI = () => opencv().THRESH_BINARY | opencv().THRESH_TRIANGLE;

describe("triangleThreshold", () => {
  it("finds the knee of a hand-checked ramp histogram", () => {
    // peak 100 at level 10, a linear tail down to level 20, then a flat low shelf to 40
    const h = new Array(256).fill(0);
    for (let i = 10; i <= 20; i++) h[i] = 100 - 9 * (i - 10);
    for (let i = 21; i <= 40; i++) h[i] = 10;
    const t = triangleThreshold(h);
    expect(t).toBe(cvThreshold8(histImage(h), 0, TRI()).threshold);
    expect(t).toBeGreaterThanOrEqual(18);
    expect(t).toBeLessThanOrEqual(21);
  });
  it("matches cv.threshold THRESH_TRIANGLE exactly (threshold and image), both tail directions", () => {
    const images = [bimodal(64, 48, 1, 200, 60, 10, 0.1), bimodal(64, 48, 2, 40, 200, 10, 0.1), randomImage(30, 20, 1, 3), bimodal(1, 40, 4)];
    for (const img of images) {
      const ref = cvThreshold8(img, 0, TRI());
      const ours = triangle(img);
      expect(ours.threshold).toBe(ref.threshold);
      expect(ours.image).toBeCloseToImage(ref.image, 0);
    }
  });
  it("matches cv.threshold THRESH_TRIANGLE on random images (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.double({ min: 0, max: 1, noNaN: true }), (seed, m1, m2, share) => {
        const img = bimodal(20, 15, seed, m1, m2, 12, share);
        expect(triangleThreshold(img)).toBe(cvThreshold8(img, 0, TRI()).threshold);
      }),
      { numRuns: 150 },
    );
  });
  it("matches cv2 THRESH_TRIANGLE", () => {
    const img = bimodal(64, 64, 9, 220, 40, 15, 0.15);
    const t = pythonOracle("result = cv2.threshold(np.round(img*255).astype(np.uint8), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_TRIANGLE)[0]", { img }) as number;
    expect(triangleThreshold(img)).toBe(t);
  });
  it("handles a uniform image like OpenCV", () => {
    const img = fromRows([[0.3, 0.3, 0.3]]);
    expect(triangle(img).threshold).toBe(cvThreshold8(img, 0, TRI()).threshold);
  });
});

/** A 1-row image whose 8-bit histogram is `h`. */
function histImage(h: number[]) {
  const values: number[] = [];
  h.forEach((count, level) => {
    for (let i = 0; i < count; i++) values.push(level / 255);
  });
  return fromRows([values]);
}
