import { seededRandom } from "../core";
import { applyHomography } from "../geometry/applyHomography";
import type { PointPair } from "../geometry/types";
import { ransacHomography } from "./ransacHomography";

describe("ransacHomography", () => {
  it("finds H and exactly the true matches among 30% wrong ones", () => {
    const H = [0.9, 0.1, 12, -0.05, 1.1, -7, 0.0003, 0.0002, 1];
    const rng = seededRandom(5);
    const pairs: PointPair[] = [];
    for (let i = 0; i < 70; i++) {
      const src = { x: rng.next() * 500, y: rng.next() * 400 };
      const [d] = applyHomography(H, [src]);
      pairs.push({ src, dst: { x: d!.x + 0.3 * rng.normal(), y: d!.y + 0.3 * rng.normal() } });
    }
    for (let i = 0; i < 30; i++) pairs.push({ src: { x: rng.next() * 500, y: rng.next() * 400 }, dst: { x: rng.next() * 500, y: rng.next() * 400 } });
    const { model, inliers } = ransacHomography(pairs, { threshold: 2, iterations: 300, seed: 1 });
    expect(inliers.filter((i) => i < 70)).toHaveLength(70);
    expect(inliers.filter((i) => i >= 70).length).toBeLessThanOrEqual(1);
    const [p] = applyHomography(model!, [{ x: 250, y: 200 }]);
    const [q] = applyHomography(H, [{ x: 250, y: 200 }]);
    expect(Math.hypot(p!.x - q!.x, p!.y - q!.y)).toBeLessThan(0.5);
  });
});
