import { stats } from "./stats";
import { fromRows } from "./create";
import { randomImage } from "./random";
import { opencv, toMat, withMats } from "../cvbridge";

describe("stats", () => {
  it("summarises a hand-checked grey image", () => {
    const s = stats(fromRows([[0, 1], [0.5, 0.5]]));
    expect(s.min).toEqual([0]);
    expect(s.max).toEqual([1]);
    expect(s.mean[0]).toBeCloseTo(0.5, 10);
    expect(s.std[0]).toBeCloseTo(Math.sqrt((0.25 + 0.25) / 4), 10);
  });
  it("works per channel", () => {
    const rgb = { width: 2, height: 1, channels: 3, data: new Float32Array([0, 0.5, 1, 1, 0.5, 0]) };
    const s = stats(rgb);
    expect(s.min).toEqual([0, 0.5, 0]);
    expect(s.max).toEqual([1, 0.5, 1]);
    expect(s.mean).toEqual([0.5, 0.5, 0.5]);
    expect(s.std).toEqual([0.5, 0, 0.5]);
  });
  it("agrees with cv.meanStdDev", () => {
    const im = randomImage(9, 7, 3, 3);
    const cv = opencv();
    const [mean, std] = withMats((t) => {
      const m = t(new cv.Mat());
      const s = t(new cv.Mat());
      cv.meanStdDev(t(toMat(im)), m, s);
      return [Array.from(m.data64F as Float64Array), Array.from(s.data64F as Float64Array)] as const;
    });
    const ours = stats(im);
    ours.mean.forEach((v, k) => expect(v).toBeCloseTo(mean![k]!, 6));
    ours.std.forEach((v, k) => expect(v).toBeCloseTo(std![k]!, 6));
  });
});
