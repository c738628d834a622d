/**
 * Edge benchmarks. Sobel: ours (gx, gy, magnitude, angle in one call) vs OpenCV's equivalent chain
 * on CV_32FC1 — cv.Sobel dx + cv.Sobel dy (CV_32F) + cv.cartToPolar(angleInDegrees).
 * Canny: ours on the float [0,1] image (it quantises to 8-bit inside) vs cv.Canny on CV_8UC1.
 */
import { core, cvbridge, edges, type Image } from "@cv-roadmap/lib";
import type { BenchCase } from "../harness";

/** 8-bit-valued test image: smooth blobs + noise, so Canny has realistic edge density. */
function testImage(n: number): Image {
  const img = core.randomImage(n, n, 1, 1);
  const d = img.data;
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const v = 0.5 + 0.3 * Math.sin(x / 37) * Math.cos(y / 23) + 0.15 * (d[y * n + x]! - 0.5);
      d[y * n + x] = Math.round(Math.min(1, Math.max(0, v)) * 255) / 255;
    }
  }
  return img;
}

export const cases: BenchCase[] = [];
for (const n of [1024, 4096]) {
  const size = `${n}²`;
  cases.push({
    name: "Sobel 3×3 gx,gy,mag,angle (CV_32F)",
    size,
    setup() {
      const cv = cvbridge.opencv();
      const img = testImage(n);
      const src = cvbridge.toMat(img);
      const gx = new cv.Mat(), gy = new cv.Mat(), mag = new cv.Mat(), ang = new cv.Mat();
      return {
        ours: () => edges.sobel(img),
        opencv: () => {
          cv.Sobel(src, gx, cv.CV_32F, 1, 0, 3, 1, 0, cv.BORDER_REFLECT_101);
          cv.Sobel(src, gy, cv.CV_32F, 0, 1, 3, 1, 0, cv.BORDER_REFLECT_101);
          cv.cartToPolar(gx, gy, mag, ang, true);
        },
        cleanup: () => [src, gx, gy, mag, ang].forEach((m) => m.delete()),
      };
    },
  });
  cases.push({
    name: "Canny 50/150 (vs CV_8UC1)",
    size,
    setup() {
      const cv = cvbridge.opencv();
      const img = testImage(n);
      const src = cvbridge.toMat(img, { depth: "uint8" });
      const dst = new cv.Mat();
      return {
        ours: () => edges.canny(img, { low: 50, high: 150 }),
        opencv: () => cv.Canny(src, dst, 50, 150, 3, false),
        cleanup: () => [src, dst].forEach((m) => m.delete()),
      };
    },
  });
}
