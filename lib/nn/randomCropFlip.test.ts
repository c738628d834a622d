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

  it("law: equals a pixel-by-pixel reference for any size, channels, padding (also wider than the image), fill and flip", () => {
    const naive = (im: ReturnType<typeof randomImage>, dx: number, dy: number, flipIt: boolean, fill: number) => {
      const out = new Float32Array(im.data.length).fill(fill);
      for (let y = 0; y < im.height; y++) {
        for (let x = 0; x < im.width; x++) {
          const sx = (flipIt ? im.width - 1 - x : x) + dx;
          const sy = y + dy;
          if (sx < 0 || sy < 0 || sx >= im.width || sy >= im.height) continue;
          for (let k = 0; k < im.channels; k++) out[(y * im.width + x) * im.channels + k] = im.data[(sy * im.width + sx) * im.channels + k]!;
        }
      }
      return out;
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 7 }), fc.constantFrom(1, 2, 3, 4), fc.integer({ min: 0, max: 12 }), fc.boolean(), fc.integer({ min: 0, max: 999 }), (w, h, c, p, flipIt, seed) => {
        const im = randomImage(w, h, c, seed);
        const rng = seededRandom(seed);
        const dx = rng.int(2 * p + 1) - p;
        const dy = rng.int(2 * p + 1) - p;
        const got = randomCropFlip(im, scripted([dx + p, dy + p], [flipIt ? 0 : 0.99]), { padding: p, fill: 0.25 });
        expect(Array.from(got.data)).toEqual(Array.from(naive(im, dx, dy, flipIt, 0.25)));
      }),
      { numRuns: 300 },
    );
  });

  it("writes into options.out when given (reused across calls), never into its input", () => {
    const im = randomImage(6, 5, 3, 9);
    const out = new Float32Array(6 * 5 * 3).fill(7);
    const r = randomCropFlip(im, seededRandom(4), { padding: 2, out });
    expect(r.data).toBe(out);
    expect(r).toBeCloseToImage(randomCropFlip(im, seededRandom(4), { padding: 2 }), 0);
    expect(() => randomCropFlip(im, seededRandom(4), { out: im.data })).toThrow(/options\.out/);
    expect(() => randomCropFlip(im, seededRandom(4), { out: new Float32Array(3) })).toThrow(/options\.out/);
  });

  it("rejects bad arguments, naming them", () => {
    expect(() => randomCropFlip(img, undefined as unknown as Random)).toThrow(/random/);
    expect(() => randomCropFlip(img, seededRandom(1), { padding: -1 })).toThrow(/padding/);
    expect(() => randomCropFlip(img, seededRandom(1), { flipProbability: 2 })).toThrow(/flipProbability/);
    expect(() => randomCropFlip({} as never, seededRandom(1))).toThrow(/image/);
  });
});
