import { seededRandom } from "../core";
import { ransac, type RansacModel } from "./ransac";

type P = { x: number; y: number };
type Line = { a: number; b: number }; // y = a x + b
const lineModel: RansacModel<Line, P> = {
  sampleSize: 2,
  fit(s) {
    const n = s.length;
    const mx = s.reduce((t, p) => t + p.x, 0) / n;
    const my = s.reduce((t, p) => t + p.y, 0) / n;
    const sxx = s.reduce((t, p) => t + (p.x - mx) ** 2, 0);
    if (sxx === 0) return undefined;
    const a = s.reduce((t, p) => t + (p.x - mx) * (p.y - my), 0) / sxx;
    return { a, b: my - a * mx };
  },
  residual: (m, p) => Math.abs(m.a * p.x + m.b - p.y),
};

function data(seed: number) {
  const rng = seededRandom(seed);
  const pts: P[] = [];
  for (let i = 0; i < 60; i++) pts.push({ x: i, y: 2 * i + 1 + 0.2 * (rng.next() - 0.5) });
  for (let i = 0; i < 30; i++) pts.push({ x: rng.next() * 60, y: rng.next() * 200 - 50 });
  return pts;
}

describe("ransac", () => {
  it("recovers y = 2x + 1 despite 33% outliers, and its inliers are the line points", () => {
    const pts = data(1);
    const { model, inliers } = ransac(lineModel, pts, { threshold: 0.5, iterations: 200, seed: 3 });
    expect(model!.a).toBeCloseTo(2, 2);
    expect(model!.b).toBeCloseTo(1, 1);
    for (let i = 0; i < 60; i++) expect(inliers).toContain(i);
    expect(inliers.length).toBeLessThan(66);
  });
  it("refits on the inliers only (not on all points)", () => {
    const pts = data(2);
    const { model, inliers } = ransac(lineModel, pts, { threshold: 0.5, seed: 1 });
    const onInliers = lineModel.fit(inliers.map((i) => pts[i]!))!;
    expect(model!.a).toBeCloseTo(onInliers.a, 10);
    const onAll = lineModel.fit(pts)!;
    expect(Math.abs(onAll.a - 2)).toBeGreaterThan(Math.abs(model!.a - 2));
  });
  it("is reproducible for a seed", () => {
    const pts = data(3);
    expect(ransac(lineModel, pts, { seed: 9, iterations: 5, refit: false })).toEqual(ransac(lineModel, pts, { seed: 9, iterations: 5, refit: false }));
  });
  it("validates its arguments", () => {
    expect(() => ransac(lineModel, [{ x: 0, y: 0 }])).toThrow(/data/);
    expect(() => ransac({} as never, [])).toThrow(/model/);
  });
});
