/**
 * Histogram benchmarks. Ours take the float [0,1] image (8-bit-valued) and quantise round(v·255)
 * inside; OpenCV gets the CV_8UC1 Mat it naturally works on (cv.equalizeHist only accepts 8-bit),
 * so OpenCV does not pay for quantisation — the comparison favours OpenCV. Both sides write into a
 * destination allocated once (OpenCV's dst Mat, our `options.out`), as a real loop would.
 */
import { core, cvbridge, histogram, type Image } from "@cv-roadmap/lib";
import type { BenchCase } from "../harness";

/** 8-bit-valued grey image with a skewed histogram (dark, low contrast) plus texture. */
function testImage(n: number): Image {
  const img = core.randomImage(n, n, 1, 7);
  const d = img.data;
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const v = 0.25 + 0.15 * Math.sin(x / 41) * Math.cos(y / 29) + 0.1 * d[y * n + x]!;
      d[y * n + x] = Math.round(v * 255) / 255;
    }
  }
  return img;
}

export const cases: BenchCase[] = [];
for (const n of [1024, 4096]) {
  const size = `${n}²`;
  cases.push({
    name: "equalizeHist (vs CV_8UC1, out reused)",
    size,
    setup() {
      const cv = cvbridge.opencv();
      const img = testImage(n);
      const src = cvbridge.toMat(img, { depth: "uint8" });
      const dst = new cv.Mat();
      const out = new Float32Array(n * n);
      return {
        ours: () => histogram.equalize(img, { out }),
        opencv: () => cv.equalizeHist(src, dst),
        cleanup: () => [src, dst].forEach((m) => m.delete()),
      };
    },
  });
  cases.push({
    name: "calcHist 256 bins (histogram8 vs CV_8UC1)",
    size,
    setup() {
      const cv = cvbridge.opencv();
      const img = testImage(n);
      const src = cvbridge.toMat(img, { depth: "uint8" });
      const mv = new cv.MatVector();
      mv.push_back(src);
      const hist = new cv.Mat();
      const mask = new cv.Mat();
      return {
        ours: () => histogram.histogram8(img),
        opencv: () => cv.calcHist(mv, [0], mask, hist, [256], [0, 256]),
        cleanup: () => [mv, src, hist, mask].forEach((m) => m.delete()),
      };
    },
  });
}
