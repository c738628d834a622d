/**
 * findContours on a binary image with many blobs: ours (mode "list", every border pixel as {x, y})
 * vs cv.findContours(RETR_LIST, CHAIN_APPROX_NONE) on CV_8UC1 (contours returned in a MatVector).
 */
import { core, cvbridge, contours } from "@cv-roadmap/lib";
import type { BenchCase } from "../harness";

/** Thresholded smooth pattern + noise: thousands of blobs with holes. */
function blobImage(n: number, seed = 5): core.Image {
  const rng = core.seededRandom(seed);
  const img = core.createImage(n, n);
  const d = img.data;
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const v = Math.sin(x / 7) * Math.cos(y / 9) + Math.sin((x + y) / 13) * 0.6 + (rng.next() - 0.5) * 0.3;
      d[y * n + x] = v > 0.7 ? 1 : 0;
    }
  }
  return img;
}

export const cases: BenchCase[] = [];
for (const n of [1024, 4096]) {
  cases.push({
    name: "findContours list/none (vs CV_8UC1)",
    size: `${n}²`,
    setup() {
      const cv = cvbridge.opencv();
      const img = blobImage(n);
      const src = cvbridge.toMat(img, { depth: "uint8" });
      const work = new cv.Mat();
      const hierarchy = new cv.Mat();
      return {
        ours: () => contours.findContours(img, { mode: "list" }),
        opencv: () => {
          src.copyTo(work); // OpenCV 4.3 may modify its input
          const found = new cv.MatVector();
          cv.findContours(work, found, hierarchy, cv.RETR_LIST, cv.CHAIN_APPROX_NONE);
          found.delete();
        },
        cleanup: () => [src, work, hierarchy].forEach((m) => m.delete()),
      };
    },
  });
}
