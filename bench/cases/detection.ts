/**
 * Template matching: ours vs cv.matchTemplate TM_CCOEFF_NORMED on CV_32FC1 (float image and
 * template, the same data), 64×64 template cut from the image. Both write into a preallocated
 * result (ours via `options.out`). OpenCV uses its DFT-based crossCorr for templates this size.
 */
import { core, cvbridge, detection, type Image } from "@cv-roadmap/lib";
import type { BenchCase } from "../harness";

function testImage(n: number): Image {
  const img = core.randomImage(n, n, 1, 3);
  const d = img.data;
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const v = 0.5 + 0.3 * Math.sin(x / 17) * Math.cos(y / 29) + 0.2 * (d[y * n + x]! - 0.5);
      d[y * n + x] = Math.round(v * 255) / 255;
    }
  }
  return img;
}

function crop(img: Image, x0: number, y0: number, w: number, h: number): Image {
  const data = new Float32Array(w * h);
  for (let j = 0; j < h; j++) data.set(img.data.subarray((y0 + j) * img.width + x0, (y0 + j) * img.width + x0 + w), j * w);
  return { width: w, height: h, channels: 1, data };
}

export const cases: BenchCase[] = [
  [1024, 64],
  [1024, 16],
  [4096, 64],
].map(([n, t]) => ({
  name: `matchTemplate ${t}×${t} ccoeffNormed (vs TM_CCOEFF_NORMED CV_32FC1)`,
  size: `${n}²`,
  setup() {
    const cv = cvbridge.opencv();
    const img = testImage(n!);
    const tpl = crop(img, 301, 207, t!, t!);
    const src = cvbridge.toMat(img);
    const tm = cvbridge.toMat(tpl);
    const dst = new cv.Mat();
    const out = new Float32Array((n! - t! + 1) ** 2);
    return {
      ours: () => detection.matchTemplate(img, tpl, "ccoeffNormed", { out }),
      opencv: () => cv.matchTemplate(src, tm, dst, cv.TM_CCOEFF_NORMED),
      cleanup: () => [src, tm, dst].forEach((m) => m.delete()),
    };
  },
}));
