/**
 * Threshold benchmarks. Ours take the float [0,1] image (8-bit-valued). OpenCV gets CV_8UC1 for
 * the 8-bit operations (Otsu, adaptive: they only accept 8-bit) and, for the plain binary
 * threshold, both CV_8UC1 (what the brief asks) and CV_32FC1 (same data as ours) rows. The binary
 * rows write into a destination allocated once on both sides (dst Mat / `options.out`); Otsu and
 * adaptive allocate their result on our side.
 */
import { core, cvbridge, threshold, type Image } from "@cv-roadmap/lib";
import type { BenchCase } from "../harness";

/** 8-bit-valued bimodal grey image under a lighting ramp. */
function testImage(n: number): Image {
  const img = core.randomImage(n, n, 1, 5);
  const d = img.data;
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const ink = (x + 2 * y) % 17 < 3 ? 0.35 : 0;
      const v = 0.4 + (0.4 * x) / n - ink + 0.05 * d[y * n + x]!;
      d[y * n + x] = Math.round(Math.min(1, Math.max(0, v)) * 255) / 255;
    }
  }
  return img;
}

export const cases: BenchCase[] = [];
for (const n of [1024, 4096]) {
  const size = `${n}²`;
  for (const depth of ["uint8", "float32"] as const) {
    cases.push({
      name: `threshold binary (vs ${depth === "uint8" ? "CV_8UC1" : "CV_32FC1"})`,
      size,
      setup() {
        const cv = cvbridge.opencv();
        const img = testImage(n);
        const src = cvbridge.toMat(img, { depth });
        const dst = new cv.Mat();
        const t = depth === "uint8" ? 127 : 127 / 255;
        const out = new Float32Array(n * n);
        return {
          ours: () => threshold.binary(img, 127 / 255, { out }),
          opencv: () => cv.threshold(src, dst, t, depth === "uint8" ? 255 : 1, cv.THRESH_BINARY),
          cleanup: () => [src, dst].forEach((m) => m.delete()),
        };
      },
    });
  }
  cases.push({
    name: "threshold Otsu (vs CV_8UC1)",
    size,
    setup() {
      const cv = cvbridge.opencv();
      const img = testImage(n);
      const src = cvbridge.toMat(img, { depth: "uint8" });
      const dst = new cv.Mat();
      return {
        ours: () => threshold.otsu(img),
        opencv: () => cv.threshold(src, dst, 0, 255, cv.THRESH_BINARY | cv.THRESH_OTSU),
        cleanup: () => [src, dst].forEach((m) => m.delete()),
      };
    },
  });
  cases.push({
    name: "adaptiveThreshold mean 11 (vs CV_8UC1)",
    size,
    setup() {
      const cv = cvbridge.opencv();
      const img = testImage(n);
      const src = cvbridge.toMat(img, { depth: "uint8" });
      const dst = new cv.Mat();
      return {
        ours: () => threshold.adaptive(img, { blockSize: 11, C: 2 }),
        opencv: () => cv.adaptiveThreshold(src, dst, 255, cv.ADAPTIVE_THRESH_MEAN_C, cv.THRESH_BINARY, 11, 2),
        cleanup: () => [src, dst].forEach((m) => m.delete()),
      };
    },
  });
}
