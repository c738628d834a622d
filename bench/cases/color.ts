/**
 * Colour-conversion benchmarks on float RGB: ours (Float32 [0,1], 3 channels) vs cv.cvtColor on
 * the CV_32FC3 Mat holding the same values (OpenCV's float path, the same data volume). Both write
 * into a destination allocated once (OpenCV's dst Mat, our `options.out`).
 */
import { core, cvbridge, color } from "@cv-roadmap/lib";
import type { BenchCase } from "../harness";

export const cases: BenchCase[] = [];
for (const n of [1024, 4096]) {
  const size = `${n}²`;
  const rows: [string, (img: core.Image, out: Float32Array) => unknown, () => number, number][] = [
    ["cvtColor RGB→gray (CV_32FC3)", (img, out) => color.rgbToGray(img, { out }), () => cvbridge.opencv().COLOR_RGB2GRAY, 1],
    ["cvtColor RGB→HSV (CV_32FC3)", (img, out) => color.rgbToHsv(img, { out }), () => cvbridge.opencv().COLOR_RGB2HSV, 3],
  ];
  for (const [name, ours, code, outChannels] of rows) {
    cases.push({
      name,
      size,
      setup() {
        const cv = cvbridge.opencv();
        const img = core.randomImage(n, n, 3, 3);
        const src = cvbridge.toMat(img);
        const dst = new cv.Mat();
        const c = code();
        const out = new Float32Array(n * n * outChannels);
        return {
          ours: () => ours(img, out),
          opencv: () => cv.cvtColor(src, dst, c),
          cleanup: () => [src, dst].forEach((m) => m.delete()),
        };
      },
    });
  }
}
