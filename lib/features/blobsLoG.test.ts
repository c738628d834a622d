import { createImage } from "../core";
import { blobsLoG } from "./blobsLoG";

describe("blobsLoG", () => {
  it("finds a bright disc at its centre with radius ≈ the disc's", () => {
    const img = createImage(64, 64, 1, 0);
    for (let y = 0; y < 64; y++) for (let x = 0; x < 64; x++) if ((x - 30) ** 2 + (y - 34) ** 2 <= 36) img.data[y * 64 + x] = 1;
    const [b] = blobsLoG(img, { minSigma: 1, maxSigma: 10, numSigma: 19, threshold: 0.1 });
    expect(Math.hypot(b!.x - 30, b!.y - 34)).toBeLessThanOrEqual(1);
    expect(b!.radius).toBeGreaterThan(4.5);
    expect(b!.radius).toBeLessThan(8);
  });
  it("finds dark blobs with dark: true and nothing on a flat image", () => {
    const img = createImage(40, 40, 1, 1);
    for (let y = 0; y < 40; y++) for (let x = 0; x < 40; x++) if ((x - 20) ** 2 + (y - 20) ** 2 <= 9) img.data[y * 40 + x] = 0;
    expect(blobsLoG(img, { maxSigma: 6 }).some((b) => b.x === 20 && b.y === 20)).toBe(false); // only rim artefacts when looking for bright blobs
    expect(blobsLoG(img, { maxSigma: 6, dark: true })[0]).toMatchObject({ x: 20, y: 20 });
    expect(blobsLoG(createImage(20, 20, 1, 0.5))).toEqual([]);
  });
});
