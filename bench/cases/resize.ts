/**
 * Resize benchmarks: ours (bilinear, float image) vs cv.resize INTER_LINEAR on CV_32FC1 (the same
 * float data). Both write into a preallocated output (ours via `options.out`, OpenCV's dst Mat),
 * so neither pays for page-faulting a fresh buffer each call. Inputs are 8-bit-valued floats in [0, 1].
 */
import { core, cvbridge, resize, type Image } from "@cv-roadmap/lib";
import type { BenchCase } from "../harness";

function testImage(n: number): Image {
  const img = core.randomImage(n, n, 1, 1);
  for (let i = 0; i < img.data.length; i++) img.data[i] = Math.round(img.data[i]! * 255) / 255;
  return img;
}

function bilinearCase(n: number, factor: number, label: string): BenchCase {
  return {
    name: `resize bilinear ${label} (vs INTER_LINEAR CV_32FC1)`,
    size: `${n}²`,
    setup() {
      const cv = cvbridge.opencv();
      const img = testImage(n);
      const w = Math.round(n * factor);
      const src = cvbridge.toMat(img);
      const dst = new cv.Mat();
      const size = new cv.Size(w, w);
      const out = new Float32Array(w * w);
      return {
        ours: () => resize.resize(img, w, w, { out }),
        opencv: () => cv.resize(src, dst, size, 0, 0, cv.INTER_LINEAR),
        cleanup: () => [src, dst].forEach((m) => m.delete()),
      };
    },
  };
}

export const cases: BenchCase[] = [bilinearCase(1024, 0.5, "→ ½"), bilinearCase(1024, 1.5, "→ ×1.5"), bilinearCase(4096, 0.5, "→ ½"), bilinearCase(4096, 1.5, "→ ×1.5")];
