import fc from "fast-check";
import { flip } from "../core/flip";
import { fromRows } from "../core/create";
import { randomImage, seededRandom, type Random } from "../core/random";
import { randomCropFlip } from "./randomCropFlip";

/** A Random that replays fixed draws: int(n) returns the next listed integer, next() the next listed float. */
function scripted(ints: number[], floats: number[]): Random {
  return { int: () => ints.shift()!, next: () => floats.shift()!, normal: () => 0 };
}

describe("randomCropFlip", () => {
  const img = fromRows([
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
  ]);

  it("draws dx, dy, then the flip, and shifts by (draw − padding) — checked by hand", () => {
    // padding 1: dx = 2 − 1 = +1 (content moves left), dy = 0 − 1 = −1 (content moves down), no flip
    const out = randomCropFlip(img, scripted([2, 0], [0.9]), { padding: 1 });
    expect(Array.from(out.data)).toEqual([0, 0, 0, 2, 3, 0, 5, 6, 0]);
  });

  it("mirrors after cropping when the flip draw is below flipProbability", () => {
    const out = randomCropFlip(img, scripted([2, 1], [0.1]), { padding: 1 });
    // crop (dx = +1, dy = 0) gives rows [2 3 0] [5 6 0] [8 9 0]; mirrored:
    expect(Array.from(out.data)).toEqual([0, 3, 2, 0, 6, 5, 0, 9, 8]);
  });

  it("padding 0 with flipProbability 1 is exactly core.flip(h), and keeps RGB pixels together", () => {
    const rgb = randomImage(5, 4, 3, 3);
    expect(randomCropFlip(rgb, seededRandom(1), { padding: 0, flipProbability: 1 })).toBeCloseToImage(flip(rgb, "h"), 0);
    expect(randomCropFlip(rgb, seededRandom(1), { padding: 0, flipProbability: 0 })).toBeCloseToImage(rgb, 0);
  });

  it("is reproducible from the seed, fills the border with `fill`, and leaves its input alone", () => {
    const a = randomImage(8, 8, 1, 4);
    const copy = Float32Array.from(a.data);
    const r1 = randomCropFlip(a, seededRandom(7), { padding: 3, fill: 0.5 });
    const r2 = randomCropFlip(a, seededRandom(7), { padding: 3, fill: 0.5 });
    expect(r1).toBeCloseToImage(r2, 0);
    expect(Array.from(a.data)).toEqual(Array.from(copy));
    const rng = seededRandom(7);
    const dx = rng.int(7) - 3;
    const dy = rng.int(7) - 3;
    if (dx !== 0 || dy !== 0) expect(Array.from(r1.data)).toContain(0.5);
  });

  it("law: every output value is the fill or an input value; a shift by at most p uncovers at most 2p·(W+H) pixels", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1000 }), (w, h, p, seed) => {
        const im = randomImage(w, h, 2, seed);
        const values = new Set(Array.from(im.data));
        const out = randomCropFlip(im, seededRandom(seed), { padding: p, fill: -1 });
        expect([out.width, out.height, out.channels]).toEqual([w, h, 2]);
        let filled = 0;
        for (const v of out.data) {
          if (v === -1) filled++;
          else expect(values.has(v)).toBe(true);
        }
        // a shift by (dx, dy) uncovers at most |dx|·h + |dy|·w pixels
        expect(filled).toBeLessThanOrEqual(2 * (p * h + p * w));
      }),
      { numRuns: 60 },
    );
  });

  it("rejects bad arguments, naming them", () => {
    expect(() => randomCropFlip(img, undefined as unknown as Random)).toThrow(/random/);
    expect(() => randomCropFlip(img, seededRandom(1), { padding: -1 })).toThrow(/padding/);
    expect(() => randomCropFlip(img, seededRandom(1), { flipProbability: 2 })).toThrow(/flipProbability/);
    expect(() => randomCropFlip({} as never, seededRandom(1))).toThrow(/image/);
  });
});
