import { progressBar } from "./progressBar";

function capture(): { stream: NodeJS.WritableStream & { isTTY?: boolean }; lines: string[] } {
  const lines: string[] = [];
  const stream = { write: (s: string) => (lines.push(s), true), isTTY: false } as unknown as NodeJS.WritableStream & { isTTY?: boolean };
  return { stream, lines };
}

describe("progressBar in a log (not a terminal, not a notebook)", () => {
  it("prints one line per tenth and a final line with the status text", () => {
    const { stream, lines } = capture();
    const bar = progressBar(100, { label: "train", intervalMs: 0, stream });
    for (let i = 0; i < 100; i++) bar.tick(1, `loss ${(1 / (i + 1)).toFixed(2)}`);
    bar.finish("done");
    expect(lines.length).toBeGreaterThanOrEqual(11);
    expect(lines.length).toBeLessThanOrEqual(13);
    expect(lines.at(-1)).toMatch(/^train \[█{30}\] 100\/100 100% .* · done\n$/);
  });

  it("clamps updates to the total and ignores updates after finish", () => {
    const { stream, lines } = capture();
    const bar = progressBar(4, { intervalMs: 0, stream });
    bar.update(9);
    bar.finish();
    const count = lines.length;
    bar.update(1);
    expect(lines.length).toBe(count);
    expect(lines.at(-1)).toContain("4/4 100%");
  });

  it("rejects a total that is not a positive integer, naming it", () => {
    expect(() => progressBar(0)).toThrow(/total/);
  });
});
