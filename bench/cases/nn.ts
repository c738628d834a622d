/**
 * Augmentation benchmarks (lib/nn): nn.randomCropFlip (pad 4, random shift, mirror) vs the same
 * with OpenCV on CV_32FC1 — cv.copyMakeBorder (BORDER_CONSTANT) into a preallocated padded Mat,
 * a roi at the same shift, cv.flip(…, 1) into a preallocated output; nn.cutout (a size/4 square)
 * vs Mat.copyTo + roi.setTo. Both sides write into preallocated outputs (ours via `options.out`).
 * Grey 8-bit-valued floats in [0, 1]. The seed is fixed, so every call makes the same draws on
 * both sides; the crop always mirrors (flipProbability 1, the slower path).
 */
import { core, cvbridge, nn, type Image } from "@cv-roadmap/lib";
import type { BenchCase } from "../harness";

function testImage(n: number): Image {
  const img = core.randomImage(n, n, 1, 3);
  for (let i = 0; i < img.data.length; i++) img.data[i] = Math.round(img.data[i]! * 255) / 255;
  return img;
}

const PAD = 4;

const cropFlip: BenchCase[] = [1024, 4096].map((n) => ({
  name: "randomCropFlip pad 4, mirrored (vs copyMakeBorder + roi + flip, CV_32FC1)",
  size: `${n}²`,
  setup() {
    const cv = cvbridge.opencv();
    const img = testImage(n);
    // the draws our function makes with seed 1, replayed for OpenCV
    const r = core.seededRandom(1);
    const dx = r.int(2 * PAD + 1);
    const dy = r.int(2 * PAD + 1);
    const src = cvbridge.toMat(img);
    const padded = new cv.Mat();
    const dst = new cv.Mat(n, n, cv.CV_32FC1);
    const zero = new cv.Scalar(0, 0, 0, 0);
    const rect = new cv.Rect(dx, dy, n, n);
    const out = new Float32Array(n * n);
    return {
      ours: () => nn.randomCropFlip(img, core.seededRandom(1), { padding: PAD, flipProbability: 1, out }),
      opencv: () => {
        cv.copyMakeBorder(src, padded, PAD, PAD, PAD, PAD, cv.BORDER_CONSTANT, zero);
        const roi = padded.roi(rect);
        cv.flip(roi, dst, 1);
        roi.delete();
      },
      cleanup: () => [src, padded, dst].forEach((m) => m.delete()),
    };
  },
}));

const cutouts: BenchCase[] = [1024, 4096].map((n) => ({
  name: "cutout size n/4 (vs copyTo + roi.setTo, CV_32FC1)",
  size: `${n}²`,
  setup() {
    const cv = cvbridge.opencv();
    const img = testImage(n);
    const size = n >> 2;
    const r = core.seededRandom(2);
    const cx = r.int(n);
    const cy = r.int(n);
    const x0 = Math.max(0, cx - (size >> 1));
    const y0 = Math.max(0, cy - (size >> 1));
    const rect = new cv.Rect(x0, y0, Math.min(n, cx - (size >> 1) + size) - x0, Math.min(n, cy - (size >> 1) + size) - y0);
    const src = cvbridge.toMat(img);
    const dst = new cv.Mat();
    const zero = new cv.Scalar(0, 0, 0, 0);
    const out = new Float32Array(n * n);
    return {
      ours: () => nn.cutout(img, core.seededRandom(2), { size, out }),
      opencv: () => {
        src.copyTo(dst);
        const roi = dst.roi(rect);
        roi.setTo(zero);
        roi.delete();
      },
      cleanup: () => [src, dst].forEach((m) => m.delete()),
    };
  },
}));

export const cases: BenchCase[] = [...cropFlip, ...cutouts];
