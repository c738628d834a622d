/**
 * Morphology benchmarks: ours on grey 8-bit-valued Float32 input vs cv.dilate / cv.erode on the
 * CV_8UC1 Mat of the same values (OpenCV's natural 8-bit path; it moves 1 byte per pixel, we move 4).
 * OpenCV writes into a dst Mat allocated once; so do we (`options.out`) except in the rows marked
 * "new result", which count our allocation too.
 */
import { cvbridge, morphology } from "@cv-roadmap/lib";
import type { BenchCase } from "../harness";
import { photoLike } from "./filters";

export const cases: BenchCase[] = [];
for (const n of [1024, 4096]) {
  const size = `${n}²`;
  const rows: [string, "dilate" | "erode", "rect" | "ellipse", number, boolean][] = [
    ["dilate 3×3 (CV_8UC1)", "dilate", "rect", 3, true],
    ["dilate 3×3, new result (CV_8UC1)", "dilate", "rect", 3, false],
    ["erode 3×3 (CV_8UC1)", "erode", "rect", 3, true],
    ["dilate 9×9 rect (CV_8UC1)", "dilate", "rect", 9, true],
    ["dilate 7×7 ellipse (CV_8UC1)", "dilate", "ellipse", 7, true],
  ];
  for (const [name, op, shape, k, reuse] of rows) {
    cases.push({
      name,
      size,
      setup() {
        const cv = cvbridge.opencv();
        const img = photoLike(n);
        const src = cvbridge.toMat(img, { depth: "uint8" });
        const dst = new cv.Mat();
        const se = morphology.structuringElement(shape, k);
        const kernel = cv.getStructuringElement(shape === "rect" ? cv.MORPH_RECT : cv.MORPH_ELLIPSE, new cv.Size(k, k));
        const opts = reuse ? { out: new Float32Array(n * n) } : {};
        const ours = op === "dilate" ? () => morphology.dilate(img, se, opts) : () => morphology.erode(img, se, opts);
        const theirs = op === "dilate" ? () => cv.dilate(src, dst, kernel) : () => cv.erode(src, dst, kernel);
        return { ours, opencv: theirs, cleanup: () => [src, dst, kernel].forEach((m) => m.delete()) };
      },
    });
  }
}
