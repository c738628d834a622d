/**
 * Corner responses: ours vs cv.cornerHarris / cv.cornerMinEigenVal on CV_32FC1 (blockSize 3,
 * ksize 3, BORDER_REFLECT_101); OpenCV writes into a reused dst Mat, ours allocates its result.
 */
import { core, cvbridge, features, type Image } from "@cv-roadmap/lib";
import type { BenchCase } from "../harness";

function testImage(n: number): Image {
  const img = core.randomImage(n, n, 1, 4);
  for (let i = 0; i < img.data.length; i++) img.data[i] = Math.round(img.data[i]! * 255) / 255;
  return img;
}

export const cases: BenchCase[] = [];
for (const n of [1024, 4096]) {
  cases.push({
    name: "Harris response blockSize 3 ksize 3 (vs cornerHarris CV_32FC1)",
    size: `${n}²`,
    setup() {
      const cv = cvbridge.opencv();
      const img = testImage(n);
      const src = cvbridge.toMat(img);
      const dst = new cv.Mat();
      return {
        ours: () => features.harrisResponse(img, { blockSize: 3, ksize: 3, k: 0.04 }),
        opencv: () => cv.cornerHarris(src, dst, 3, 3, 0.04, cv.BORDER_DEFAULT),
        cleanup: () => [src, dst].forEach((m) => m.delete()),
      };
    },
  });
}
