/**
 * Linear and non-linear filter benchmarks on grey 8-bit-valued float input: a synthetic
 * "photo-like" image (smooth pattern + noise, every value k/255), the same for both sides.
 * OpenCV gets the Mat type it would naturally use — CV_32FC1 for the float rows, CV_8UC1 for the
 * 8-bit rows (medianBlur, the "8-bit" Gaussian row) — while ours always reads Float32 [0,1]
 * (4× the bytes of a CV_8UC1 Mat). OpenCV writes into a dst Mat allocated once; ours allocates its
 * result each call unless the row says `out`.
 */
import { core, cvbridge, filters } from "@cv-roadmap/lib";
import type { BenchCase } from "../harness";

/** Smooth pattern + seeded noise, quantised to k/255. */
export function photoLike(n: number, seed = 1): core.Image {
  const rng = core.seededRandom(seed);
  const data = new Float32Array(n * n);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const v = 128 + 90 * Math.sin(x / 37) * Math.cos(y / 53) + 25 * rng.normal();
      data[y * n + x] = Math.min(255, Math.max(0, Math.round(v))) / 255;
    }
  }
  return { width: n, height: n, channels: 1, data };
}

type Row = [name: string, depth: "float32" | "uint8", ours: (img: core.Image, out: Float32Array) => unknown, cvCall: (src: cvbridge.Mat, dst: cvbridge.Mat) => unknown];

export const cases: BenchCase[] = [];
for (const n of [1024, 4096]) {
  const size = `${n}²`;
  const rows: Row[] = [
    ["Gaussian blur 5×5 σ=1 (CV_32FC1)", "float32", (img) => filters.gaussianBlur(img, { sigma: 1, size: 5 }), (s, d) => { const cv = cvbridge.opencv(); cv.GaussianBlur(s, d, new cv.Size(5, 5), 1, 1); }],
    ["Gaussian blur 5×5 σ=1, out (CV_32FC1)", "float32", (img, out) => filters.gaussianBlur(img, { sigma: 1, size: 5, out }), (s, d) => { const cv = cvbridge.opencv(); cv.GaussianBlur(s, d, new cv.Size(5, 5), 1, 1); }],
    ["Gaussian blur 5×5 σ=1, ours float vs CV_8UC1", "uint8", (img, out) => filters.gaussianBlur(img, { sigma: 1, size: 5, out }), (s, d) => { const cv = cvbridge.opencv(); cv.GaussianBlur(s, d, new cv.Size(5, 5), 1, 1); }],
    ["box blur 5×5 (CV_32FC1)", "float32", (img) => filters.boxBlur(img, { size: 5 }), (s, d) => { const cv = cvbridge.opencv(); cv.blur(s, d, new cv.Size(5, 5)); }],
    ["box blur 31×31 (CV_32FC1)", "float32", (img) => filters.boxBlur(img, { size: 31 }), (s, d) => { const cv = cvbridge.opencv(); cv.blur(s, d, new cv.Size(31, 31)); }],
    ["median 3×3 (CV_8UC1)", "uint8", (img) => filters.medianBlur(img, 3), (s, d) => cvbridge.opencv().medianBlur(s, d, 3)],
    ["median 5×5 (CV_8UC1)", "uint8", (img) => filters.medianBlur(img, 5), (s, d) => cvbridge.opencv().medianBlur(s, d, 5)],
  ];
  for (const [name, depth, ours, cvCall] of rows) {
    cases.push({
      name,
      size,
      setup() {
        const cv = cvbridge.opencv();
        const img = photoLike(n);
        const src = cvbridge.toMat(img, { depth });
        const dst = new cv.Mat();
        const out = new Float32Array(n * n);
        return { ours: () => ours(img, out), opencv: () => cvCall(src, dst), cleanup: () => [src, dst].forEach((m) => m.delete()) };
      },
    });
  }
}
