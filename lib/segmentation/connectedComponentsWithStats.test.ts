import { fromRows, createImage, seededRandom } from "../core";
import { pythonOracle, type OracleArray } from "../testing/pythonOracle";
import { connectedComponentsWithStats } from "./connectedComponentsWithStats";

describe("connectedComponentsWithStats", () => {
  it("reports bounding boxes, areas and centroids (hand-checked)", () => {
    const { stats, count } = connectedComponentsWithStats(fromRows([
      [1, 1, 0, 0],
      [1, 1, 0, 1],
      [0, 0, 0, 1],
    ]));
    expect(count).toBe(3);
    expect(stats[1]).toEqual({ left: 0, top: 0, width: 2, height: 2, area: 4, cx: 0.5, cy: 0.5 });
    expect(stats[2]).toEqual({ left: 3, top: 1, width: 1, height: 2, area: 2, cx: 3, cy: 1.5 });
    expect(stats[0]!.area).toBe(6);
  });
  it("matches cv.connectedComponentsWithStats (Python build, CCL_WU) row by row", () => {
    const rng = seededRandom(4);
    const img = createImage(40, 30);
    for (let i = 0; i < img.data.length; i++) img.data[i] = rng.next() < 0.4 ? 1 : 0;
    const ref = pythonOracle(
      "n, lab, st, ce = cv2.connectedComponentsWithStatsWithAlgorithm((img > 0).astype(np.uint8), 8, cv2.CV_32S, cv2.CCL_WU)\nresult = [st, ce]",
      { img },
    ) as OracleArray[];
    const [st, ce] = ref as [OracleArray, OracleArray];
    const { stats, count } = connectedComponentsWithStats(img);
    expect(count).toBe(st.shape[0]);
    stats.forEach((s, l) => {
      expect([s.left, s.top, s.width, s.height, s.area]).toEqual(Array.from(st.data.slice(5 * l, 5 * l + 5)));
      expect(s.cx).toBeCloseTo(ce.data[2 * l]!, 9);
      expect(s.cy).toBeCloseTo(ce.data[2 * l + 1]!, 9);
    });
  });
  it("gives the background NaN centroid and zero box when every pixel is foreground", () => {
    const { stats } = connectedComponentsWithStats(createImage(3, 2, 1, 1));
    expect(stats[0]!.area).toBe(0);
    expect(stats[0]!.cx).toBeNaN();
    expect(stats[1]!.area).toBe(6);
  });
});
