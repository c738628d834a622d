import { confusionMatrixChart, confusionMatrixFigure } from "./confusionMatrixChart";
import { figureToSvg } from "./figureToSvg";

describe("confusionMatrixFigure and confusionMatrixChart", () => {
  beforeAll(() => jest.spyOn(console, "log").mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it("is one heatmap with truth on y (first class on top), predictions on x and the counts as text", () => {
    const fig = confusionMatrixFigure([
      [3, 1],
      [0, 4],
    ], { classNames: ["cat", "dog"] });
    expect(fig.data).toHaveLength(1);
    const t = fig.data[0]!;
    expect(t.type).toBe("heatmap");
    expect(t.x).toEqual(["cat", "dog"]);
    expect(t.y).toEqual(["cat", "dog"]);
    expect(t.z).toEqual([
      [3, 1],
      [0, 4],
    ]);
    expect(t.text).toEqual([
      ["3", "1"],
      ["0", "4"],
    ]);
    expect(fig.layout?.yaxis?.autorange).toBe("reversed");
  });

  it("normalize divides each row by its sum (an empty row stays 0)", () => {
    const fig = confusionMatrixFigure([
      [1, 3],
      [0, 0],
    ], { normalize: true });
    expect(fig.data[0]!.z).toEqual([
      [0.25, 0.75],
      [0, 0],
    ]);
    expect(fig.data[0]!.text).toEqual([
      ["0.25", "0.75"],
      ["0.00", "0.00"],
    ]);
    expect(fig.data[0]!.x).toEqual(["0", "1"]);
  });

  it("has a static SVG fallback", () => {
    expect(figureToSvg(confusionMatrixFigure([[1, 2], [3, 4]]))).toMatch(/<svg/);
  });

  it("rejects a non-square matrix or the wrong number of names", () => {
    expect(() => confusionMatrixFigure([[1, 2]])).toThrow(/matrix/);
    expect(() => confusionMatrixFigure([])).toThrow(/matrix/);
    expect(() => confusionMatrixFigure([[1]], { classNames: ["a", "b"] })).toThrow(/classNames/);
  });

  it("shows the chart and returns nothing", () => {
    expect(confusionMatrixChart([[1]])).toBeUndefined();
  });
});
