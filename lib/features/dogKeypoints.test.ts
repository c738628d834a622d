import { createImage, randomImage } from "../core";
import type { Image } from "../core/image";
import { dogKeypoints } from "./dogKeypoints";

function blobImage(w: number, h: number, blobs: { x: number; y: number; s: number }[]): Image {
  const img = createImage(w, h, 1, 0.1);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let v = 0.1;
      for (const b of blobs) v += 0.8 * Math.exp(-((x - b.x) ** 2 + (y - b.y) ** 2) / (2 * b.s * b.s));
      img.data[y * w + x] = v;
    }
  }
  return img;
}

describe("dogKeypoints", () => {
  it("finds a Gaussian blob at its centre with σ near the blob's", () => {
    const img = blobImage(96, 80, [{ x: 40.3, y: 35.6, s: 4 }]);
    const [k] = dogKeypoints(img);
    expect(k).toBeDefined();
    expect(Math.hypot(k!.x - 40.3, k!.y - 35.6)).toBeLessThan(1);
    expect(k!.sigma! / 4).toBeGreaterThan(0.7);
    expect(k!.sigma! / 4).toBeLessThan(1.5);
  });
  it("is covariant with scale: a blob twice as large is found at about twice the σ", () => {
    const [a] = dogKeypoints(blobImage(128, 128, [{ x: 64, y: 64, s: 3 }]));
    const [b] = dogKeypoints(blobImage(128, 128, [{ x: 64, y: 64, s: 6 }]));
    expect(b!.sigma! / a!.sigma!).toBeGreaterThan(1.6);
    expect(b!.sigma! / a!.sigma!).toBeLessThan(2.5);
  });
  it("finds nothing on a flat image and respects the contrast threshold", () => {
    expect(dogKeypoints(createImage(40, 40, 1, 0.5))).toEqual([]);
    const img = randomImage(64, 64, 1, 1);
    expect(dogKeypoints(img, { contrastThreshold: 0.01 }).length).toBeGreaterThan(dogKeypoints(img, { contrastThreshold: 0.05 }).length);
  });
  it("rejects bad options", () => {
    expect(() => dogKeypoints(createImage(8, 8, 1), { scales: 0 })).toThrow(/options.scales/);
  });
});
