import { checkInteger } from "./validate";

/** A seeded pseudo-random source: `next()` in [0, 1), `normal()` standard normal, `int(n)` in [0, n). */
export interface Random {
  next(): number;
  normal(): number;
  int(n: number): number;
}

/**
 * Seeded generator (mulberry32 + Box–Muller), so tests, notebooks and the grader see the same data.
 * @example const rng = seededRandom(42); rng.next();
 * @see Tommy Ettinger's mulberry32; G. E. P. Box & M. E. Muller, 1958.
 */
export function seededRandom(seed: number): Random {
  checkInteger(seed, "seed");
  let state = seed >>> 0;
  let spare: number | undefined;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal(): number {
      if (spare !== undefined) {
        const s = spare;
        spare = undefined;
        return s;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    int(n: number): number {
      return Math.floor(next() * n);
    },
  };
}

/**
 * `length` seeded values uniform in [lo, hi) — test inputs (weights, gradients, pixels).
 * @example uniformValues(6, 1, -1, 1)  // six values in [−1, 1)
 */
export function uniformValues(length: number, seed: number, lo = 0, hi = 1): Float32Array {
  checkInteger(length, "length", { min: 0 });
  const rng = seededRandom(seed);
  const data = new Float32Array(length);
  for (let i = 0; i < length; i++) data[i] = lo + (hi - lo) * rng.next();
  return data;
}

/** An image of uniform noise in [0, 1) — test inputs. @example randomImage(8, 8, 3, 1) */
export function randomImage(width: number, height: number, channels: number, seed: number): import("./image").Image {
  return { width, height, channels, data: uniformValues(width * height * channels, seed) };
}
