import { fromRows } from "../core/create";
import { randomImage, seededRandom, type Random } from "../core/random";
import { cutout } from "./cutout";

const scripted = (ints: number[]): Random => ({ int: () => ints.shift()!, next: () => 0, normal: () => 0 });

describe("cutout", () => {
  const img = fromRows([
    [1, 2, 3, 4],
    [5, 6, 7, 8],
    [9, 10, 11, 12],
  ]);

  it("blanks a size×size square centred on (int(width), int(height)) — checked by hand", () => {
    // centre (2, 1), size 2: columns 1–2, rows 0–1
    expect(Array.from(cutout(img, scripted([2, 1]), { size: 2 }).data)).toEqual([1, 0, 0, 4, 5, 0, 0, 8, 9, 10, 11, 12]);
  });

  it("clips a square that hangs over the border, and writes `fill` into every channel", () => {
    // centre (0, 2), size 3: columns −1…1 → 0–1, rows 1–3 → 1–2
    expect(Array.from(cutout(img, scripted([0, 2]), { size: 3, fill: -1 }).data)).toEqual([1, 2, 3, 4, -1, -1, 7, 8, -1, -1, 11, 12]);
    const rgb = randomImage(5, 5, 3, 1);
    const out = cutout(rgb, scripted([2, 2]), { size: 1, fill: 0.5 });
    expect(Array.from(out.data.subarray((2 * 5 + 2) * 3, (2 * 5 + 2) * 3 + 3))).toEqual([0.5, 0.5, 0.5]);
    expect(out.data.filter((v, i) => v !== rgb.data[i]).length).toBe(3);
  });

  it("defaults to a quarter of the smaller side, is reproducible, and leaves the input alone", () => {
    const a = randomImage(16, 12, 1, 2);
    const copy = Float32Array.from(a.data);
    const r1 = cutout(a, seededRandom(5));
    expect(r1).toBeCloseToImage(cutout(a, seededRandom(5)), 0);
    expect(Array.from(a.data)).toEqual(Array.from(copy));
    const zeros = r1.data.filter((v, i) => v === 0 && a.data[i] !== 0).length;
    expect(zeros).toBeGreaterThan(0);
    expect(zeros).toBeLessThanOrEqual(3 * 3);
  });

  it("writes into options.out when given, also in place (out = the input's data)", () => {
    const a = randomImage(8, 8, 2, 3);
    const expected = cutout(a, seededRandom(6), { size: 3 });
    const out = new Float32Array(a.data.length);
    expect(cutout(a, seededRandom(6), { size: 3, out }).data).toBe(out);
    expect(Array.from(out)).toEqual(Array.from(expected.data));
    const inPlace = cutout(a, seededRandom(6), { size: 3, out: a.data });
    expect(Array.from(inPlace.data)).toEqual(Array.from(expected.data));
    expect(() => cutout(a, seededRandom(6), { out: new Float32Array(2) })).toThrow(/options\.out/);
  });

  it("rejects bad arguments, naming them", () => {
    expect(() => cutout(img, undefined as never)).toThrow(/random/);
    expect(() => cutout(img, seededRandom(1), { size: 0 })).toThrow(/size/);
    expect(() => cutout({} as never, seededRandom(1))).toThrow(/image/);
  });
});
