import { randomImage } from "../core";
import type { Image } from "../core/image";
import { describe as describeKeypoints } from "./describe";
import { gaussian } from "./_kernels";

/** Rotate 90° counter-clockwise on screen: new(x, y) = old(W−1−y, x). */
function rot90(img: Image): Image {
  const { width: w, height: h } = img;
  const data = new Float32Array(w * h);
  for (let y = 0; y < w; y++) for (let x = 0; x < h; x++) data[y * h + x] = img.data[x * w + (w - 1 - y)]!;
  return { width: h, height: w, channels: 1, data };
}
const smooth = (img: Image): Image => ({ ...img, data: gaussian(img.data, img.width, img.height, 2) });

describe("describe", () => {
  const img = smooth(randomImage(80, 80, 1, 7));
  it("returns unit 128-D descriptors and sets angle in [0, 360)", () => {
    const { keypoints, descriptors } = describeKeypoints(img, [{ x: 40, y: 40, response: 1, sigma: 2 }]);
    expect(descriptors[0]).toHaveLength(128);
    expect(descriptors[0]!.reduce((s, v) => s + v * v, 0)).toBeCloseTo(1, 5);
    expect(keypoints[0]!.angle).toBeGreaterThanOrEqual(0);
    expect(keypoints[0]!.angle).toBeLessThan(360);
  });
  it("is rotation invariant: a 90° rotation turns the angle by 90° and keeps the descriptor", () => {
    const kp = { x: 40, y: 39, response: 1, sigma: 2.5 };
    const a = describeKeypoints(img, [kp]);
    // In the rotated image, old (x, y) sits at (y, W−1−x).
    const b = describeKeypoints(rot90(img), [{ ...kp, x: kp.y, y: 79 - kp.x }]);
    const dAngle = (((b.keypoints[0]!.angle! - a.keypoints[0]!.angle!) % 360) + 360) % 360;
    expect(Math.abs(dAngle - 90)).toBeLessThan(5);
    let d = 0;
    for (let i = 0; i < 128; i++) d += (a.descriptors[0]![i]! - b.descriptors[0]![i]!) ** 2;
    expect(Math.sqrt(d)).toBeLessThan(0.25);
    // ...and differs clearly from another location's descriptor.
    const c = describeKeypoints(img, [{ ...kp, x: 20, y: 60 }]);
    let e = 0;
    for (let i = 0; i < 128; i++) e += (a.descriptors[0]![i]! - c.descriptors[0]![i]!) ** 2;
    expect(Math.sqrt(e)).toBeGreaterThan(2 * Math.sqrt(d));
  });
  it("rejects malformed keypoints", () => {
    expect(() => describeKeypoints(img, [{ x: NaN, y: 0, response: 0 }])).toThrow(/keypoints\[0\].x/);
  });
});
