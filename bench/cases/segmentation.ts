/**
 * Connected components, 8-connected: ours on a float binary image (non-zero = foreground) vs
 * cv.connectedComponents on CV_8UC1 (labels CV_32S, OpenCV's default algorithm). Both write their labels
 * into a preallocated buffer (ours via `options.out`, OpenCV's labels Mat), so neither pays for
 * page-faulting a fresh 4·n² bytes each call.
 */
import { core, cvbridge, segmentation, type Image } from "@cv-roadmap/lib";
import type { BenchCase } from "../harness";

/** Random blobs: thresholded smooth noise, many components of varied shapes. */
export function blobImage(n: number, seed = 3): Image {
  const rng = core.seededRandom(seed);
  const img = core.createImage(n, n);
  const d = img.data;
  const ph = Array.from({ length: 6 }, () => rng.next() * 6.28);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const v = Math.sin(x / 7 + ph[0]!) * Math.cos(y / 9 + ph[1]!) + Math.sin((x + y) / 13 + ph[2]!) * 0.6 + (rng.next() - 0.5) * 0.3;
      d[y * n + x] = v > 0.7 ? 1 : 0;
    }
  }
  return img;
}

export const cases: BenchCase[] = [];
for (const n of [1024, 4096]) {
  cases.push({
    name: "connectedComponents 8-conn (vs CV_8UC1)",
    size: `${n}²`,
    setup() {
      const cv = cvbridge.opencv();
      const img = blobImage(n);
      const src = cvbridge.toMat(img, { depth: "uint8" });
      const labels = new cv.Mat();
      const out = new Int32Array(n * n);
      return {
        ours: () => segmentation.connectedComponents(img, { connectivity: 8, out }),
        opencv: () => cv.connectedComponents(src, labels, 8, cv.CV_32S),
        cleanup: () => [src, labels].forEach((m) => m.delete()),
      };
    },
  });
}
