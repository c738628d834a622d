import { seededRandom } from "../core";
import { pythonOracle, type OracleArray } from "../testing/pythonOracle";
import { applyHomography } from "./applyHomography";
import { getPerspectiveTransform } from "./getPerspectiveTransform";
import { homographyDLT } from "./homographyDLT";
import type { PointPair } from "./types";

const H = [1.1, 0.05, 20, -0.1, 0.95, 35, 0.0004, -0.0003, 1];

function pairs(n: number, noise: number, seed: number): PointPair[] {
  const rng = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const src = { x: rng.next() * 640, y: rng.next() * 480 };
    const [d] = applyHomography(H, [src]);
    return { src, dst: { x: d!.x + noise * rng.normal(), y: d!.y + noise * rng.normal() } };
  });
}
const rms = (M: number[], ps: PointPair[]) =>
  Math.sqrt(ps.reduce((s, p) => {
    const [q] = applyHomography(M, [p.src]);
    return s + (q!.x - p.dst.x) ** 2 + (q!.y - p.dst.y) ** 2;
  }, 0) / ps.length);

describe("homographyDLT", () => {
  it("recovers an exact homography from 4 pairs (= getPerspectiveTransform)", () => {
    const ps = pairs(4, 0, 1);
    const G = getPerspectiveTransform(ps.map((p) => p.src), ps.map((p) => p.dst));
    homographyDLT(ps).forEach((v, i) => expect(v).toBeCloseTo(G[i]!, 6));
  });
  it("recovers H from 50 exact pairs, h22 = 1", () => {
    const est = homographyDLT(pairs(50, 0, 2));
    est.forEach((v, i) => expect(v).toBeCloseTo(H[i]!, 7));
  });
  it("is accurate on noisy pairs with normalisation, close to least squares", () => {
    const ps = pairs(100, 1, 3);
    const e = rms(homographyDLT(ps), ps);
    expect(e).toBeLessThan(1.6); // noise σ = 1 per axis → optimum ≈ √2
  });
  it("agrees with cv2.findHomography(method=0) on noisy pairs", () => {
    const ps = pairs(60, 0.5, 4);
    const ref = pythonOracle("result = cv2.findHomography(a.astype(np.float64), b.astype(np.float64), 0)[0]", {
      a: { shape: [60, 2], data: ps.flatMap((p) => [p.src.x, p.src.y]) },
      b: { shape: [60, 2], data: ps.flatMap((p) => [p.dst.x, p.dst.y]) },
    }) as OracleArray;
    const ours = homographyDLT(ps);
    // Both map the image corners to within a fraction of a pixel of each other.
    const corners = [{ x: 0, y: 0 }, { x: 640, y: 0 }, { x: 640, y: 480 }, { x: 0, y: 480 }];
    const a = applyHomography(ours, corners);
    const b = applyHomography(Array.from(ref.data), corners);
    a.forEach((p, i) => expect(Math.hypot(p.x - b[i]!.x, p.y - b[i]!.y)).toBeLessThan(0.5));
  });
  it("rejects fewer than 4 pairs and malformed points", () => {
    expect(() => homographyDLT(pairs(3, 0, 1))).toThrow(/pairs/);
    expect(() => homographyDLT([{ src: { x: 0 }, dst: { x: 0, y: 0 } }, ...pairs(4, 0, 1)] as never)).toThrow(/pairs\[\]\.src/);
  });
});
