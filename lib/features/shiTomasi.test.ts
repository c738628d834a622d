import { randomImage } from "../core";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { shiTomasi } from "./shiTomasi";

describe("shiTomasi", () => {
  it("matches cv.cornerMinEigenVal", () => {
    const img = randomImage(21, 19, 1, 4);
    const ref = withMats((t) => {
      const dst = t(new (opencv().Mat)());
      opencv().cornerMinEigenVal(t(toMat(img)), dst, 3, 3, opencv().BORDER_DEFAULT);
      return fromMat(dst);
    });
    const scale = ref.data.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(shiTomasi(img, { blockSize: 3 })).toBeCloseToImage(ref, 1e-5 * scale);
  });
  it("is ≥ 0 (smaller eigenvalue of a PSD tensor) and 0 on a flat image", () => {
    shiTomasi(randomImage(10, 10, 1, 2)).data.forEach((v) => expect(v).toBeGreaterThanOrEqual(-1e-7));
    const flat = { width: 5, height: 5, channels: 1, data: new Float32Array(25).fill(0.3) };
    shiTomasi(flat).data.forEach((v) => expect(Math.abs(v)).toBeLessThan(1e-7));
  });
});
