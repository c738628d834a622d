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
    // 4 bars + legend swatch + background + frame
    expect(svg.match(/<rect/g)).toHaveLength(7);
    expect(svg).toContain("&lt;counts&gt;");
  });

  it("colours bars one by one when marker.color is an array", () => {
    const svg = figureToSvg({ data: [{ type: "bar", y: [1, 2], marker: { color: ["red", "blue"] } }] });
    expect(svg).toContain('fill="red"');
    expect(svg).toContain('fill="blue"');
    expect(svg).not.toContain("red,blue");
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
