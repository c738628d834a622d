/**
 * Warp benchmarks: ours vs cv.warpAffine INTER_LINEAR BORDER_CONSTANT on CV_32FC1, rotation by
 * 30° about the centre, output the size of the input;
 * both write into a preallocated output (ours via `options.out`). Inputs are 8-bit-valued floats in [0, 1].
 */
import { core, cvbridge, geometry, type Image } from "@cv-roadmap/lib";
import type { BenchCase } from "../harness";

function testImage(n: number): Image {
  const img = core.randomImage(n, n, 1, 2);
  for (let i = 0; i < img.data.length; i++) img.data[i] = Math.round(img.data[i]! * 255) / 255;
  return img;
}

export const cases: BenchCase[] = [1024, 4096].map((n) => ({
  name: "warpAffine rotate 30° bilinear (vs CV_32FC1)",
  size: `${n}²`,
  setup() {
    const cv = cvbridge.opencv();
    const img = testImage(n);
    const M = geometry.getRotationMatrix2D({ x: (n - 1) / 2, y: (n - 1) / 2 }, 30, 1);
    const src = cvbridge.toMat(img);
    const m = cv.matFromArray(2, 3, cv.CV_64F, M.slice(0, 6));
    const dst = new cv.Mat();
    const size = new cv.Size(n, n);
    const zero = new cv.Scalar(0, 0, 0, 0);
    const out = new Float32Array(n * n);
    return {
      ours: () => geometry.warpAffine(img, M, { out }),
      opencv: () => cv.warpAffine(src, dst, m, size, cv.INTER_LINEAR, cv.BORDER_CONSTANT, zero),
      cleanup: () => [src, m, dst].forEach((x) => x.delete()),
    };
  },
}));
