import { figureToSvg } from "./figureToSvg";
import { figureBundle } from "./plot";

describe("figureToSvg", () => {
  it("draws a line per scatter trace and a legend entry per named trace", () => {
    const svg = figureToSvg({ data: [{ name: "loss", y: [3, 2, 1] }, { name: "acc", y: [0.1, 0.5, 0.9], mode: "markers" }], layout: { title: "training" } });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.match(/<polyline/g)).toHaveLength(1);
    expect(svg.match(/<circle/g)!.length).toBeGreaterThanOrEqual(3 + 3);
    expect(svg).toContain(">loss<");
    expect(svg).toContain(">training<");
  });

  it("draws one rectangle per bar and escapes text", () => {
    const svg = figureToSvg({ data: [{ type: "bar", x: [0, 1, 2, 3], y: [4, 1, 2, 3], name: "<counts>" }] });
    // 4 bars + legend swatch + background + clip area + frame
    expect(svg.match(/<rect/g)).toHaveLength(8);
    expect(svg).toContain("&lt;counts&gt;");
  });

  it("colours bars one by one when marker.color is an array", () => {
    const svg = figureToSvg({ data: [{ type: "bar", y: [1, 2], marker: { color: ["red", "blue"] } }] });
    expect(svg).toContain('fill="red"');
    expect(svg).toContain('fill="blue"');
    expect(svg).not.toContain("red,blue");
  });

  it("draws log axes in log10 units with 1eK tick labels", () => {
    const svg = figureToSvg({ data: [{ x: [1, 10, 100, 1000], y: [1, 2, 3, 4] }], layout: { xaxis: { type: "log" } } });
    expect(svg).toContain(">1e0<");
    expect(svg).toContain(">1e3<");
    const xs = [...svg.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.abs(xs[1]! - xs[0]! - (xs[2]! - xs[1]!))).toBeLessThan(0.2); // equal steps per decade (0.1 px rounding)
  });

  it("labels category axes with the strings and honours an explicit range", () => {
    const svg = figureToSvg({ data: [{ type: "bar", x: ["cpu", "tensorflow"], y: [3, 9] }], layout: { yaxis: { range: [0, 20] } } });
    expect(svg).toContain(">cpu<");
    expect(svg).toContain(">tensorflow<");
    expect(svg).toContain(">20<");
  });

  it("draws a heatmap cell per value, also with a reversed y axis (confusion matrices)", () => {
    const svg = figureToSvg({ data: [{ type: "heatmap", z: [[1, 2], [3, 4]] }], layout: { yaxis: { autorange: "reversed" } } });
    const cells = [...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="rgb/g)];
    expect(cells).toHaveLength(4);
    for (const [, , w, h] of cells) expect(Number(w) > 0 && Number(h) > 0).toBe(true);
    expect(Number(cells[0]![1])).toBeLessThan(Number(cells[2]![1])); // row 0 on top
  });

  it("bundles Plotly JSON with plain arrays, the SVG and a text summary", () => {
    const b = figureBundle({ data: [{ y: new Float32Array([1, 2]) }], layout: { title: { text: "t" } } });
    expect((b["application/vnd.plotly.v1+json"] as { data: { y: unknown }[] }).data[0]!.y).toEqual([1, 2]);
    expect(b["image/svg+xml"]).toMatch(/^<svg/);
    expect(b["text/plain"]).toBe("[plot: t — 1 trace(s)]");
  });

  it("rejects something that is not a figure, naming the argument", () => {
    expect(() => figureBundle({} as never)).toThrow(/figure: expected a Plotly figure/);
  });
});
