import { histogramChart, histogramFigure } from "./histogramChart";
import { fromRows, randomImage } from "../core";

describe("histogramFigure and histogramChart", () => {
  beforeAll(() => jest.spyOn(console, "log").mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it("plots 256 counts per channel that add up to the pixel count", () => {
    const fig = histogramFigure(randomImage(10, 7, 3, 1));
    expect(fig.data.map((t) => t.name)).toEqual(["red", "green", "blue"]);
    for (const t of fig.data) {
      const ys = Array.from(t.y as ArrayLike<number>);
      expect(ys).toHaveLength(256);
      expect(ys.reduce((a, b) => a + b, 0)).toBe(70);
    }
  });
  it("counts levels round(v·255) and adds a CDF ending at 1", () => {
    const fig = histogramFigure(fromRows([[0, 1, 1, 0.5]]), { cumulative: true });
    const counts = fig.data[0]!.y as number[];
    expect([counts[0], counts[128], counts[255]]).toEqual([1, 1, 2]);
    expect((fig.data[1]!.y as number[])[255]).toBe(1);
  });
  it("shows the chart and returns nothing (no echo of the figure in a notebook)", () => {
    expect(histogramChart(fromRows([[0, 1]]))).toBeUndefined();
  });
});
