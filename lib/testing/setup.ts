import type { Image } from "../core";

/** Shared matchers for image tests: `expect(actual).toBeCloseToImage(expected, 1e-5)`. */
expect.extend({
  toBeCloseToImage(received: Image, expected: Image, tolerance = 1e-5) {
    const shape = (i: Image) => `${i.width}×${i.height}×${i.channels}`;
    if (received.width !== expected.width || received.height !== expected.height || received.channels !== expected.channels) {
      return { pass: false, message: () => `shape ${shape(received)} differs from expected ${shape(expected)}` };
    }
    let worst = 0;
    let worstAt = -1;
    for (let i = 0; i < expected.data.length; i++) {
      const d = Math.abs(received.data[i]! - expected.data[i]!);
      if (!(d <= worst)) {
        worst = Number.isNaN(d) ? Infinity : d;
        worstAt = i;
      }
    }
    const pass = worst <= tolerance;
    const c = expected.channels;
    const p = Math.floor(worstAt / c);
    const where = `x=${p % expected.width}, y=${Math.floor(p / expected.width)}, c=${worstAt % c}`;
    return {
      pass,
      message: () =>
        pass
          ? `expected images to differ by more than ${tolerance}`
          : `largest difference ${worst} at ${where} (got ${received.data[worstAt]}, expected ${expected.data[worstAt]}) exceeds ${tolerance}`,
    };
  },
});

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toBeCloseToImage(expected: Image, tolerance?: number): R;
    }
  }
}

// Property tests explore new random cases on every local run; CI replays one fixed seed so a
// submission never fails on a case nobody saw (a failure found locally prints its seed to replay).
if (process.env["CI"]) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require("fast-check") as typeof import("fast-check")).configureGlobal({ seed: 20261125 });
}
