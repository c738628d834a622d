/**
 * Benchmark harness: each case times our implementation and OpenCV's (opencv-wasm) on the same
 * input in the same run and reports the ratio ours / OpenCV (≤ 1.0 means we are as fast or faster).
 *
 * The two sides are timed **interleaved** (ours, OpenCV, ours, OpenCV, …) so that a burst of load
 * from other processes hits both alike; each sample records wall time (performance.now) and the
 * process's CPU time (process.cpuUsage, user + system), which load on a shared machine distorts
 * less. `ratio` is the ratio of the median wall times; `bestRatio` that of the fastest samples and
 * `cpuRatio` that of the median CPU times.
 */
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A full garbage collection, when the engine lets us expose one (`--expose-gc` set at run time):
 * run before each case so that the garbage of earlier cases (hundreds of MB of results at 4096²)
 * is not collected, and its memory unmapped, in the middle of a later case's samples.
 */
const fullGc: (() => void) | undefined = (() => {
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as unknown;
    return typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
})();

/**
 * Put V8 in the state every run reaches anyway: once any ArrayBuffer has been detached —
 * OpenCV-wasm detaches its heap's buffer each time the heap grows, i.e. within the first cases —
 * optimised code checks for detachment on typed-array accesses. Detaching a throwaway buffer up
 * front makes every case run in that state, so a row's timing does not depend on whether it ran
 * before or after the first growth (up to ~15% for ours on the 8-bit-valued morphology rows).
 */
{
  const scrap = new ArrayBuffer(8);
  structuredClone(scrap, { transfer: [scrap] });
}

/** One row of the table: an operation at one image size. */
export interface BenchCase {
  /** Operation, e.g. "Gaussian blur 5×5". */
  name: string;
  /** Input size label, e.g. "1024²". */
  size: string;
  /** Prepare inputs once (allocations, Mats); returns the two timed functions and a cleanup. */
  setup(): { ours: () => unknown; opencv: () => unknown; cleanup?: () => void };
}

/** Wall and CPU milliseconds of samples of one function. */
export interface Samples {
  /** Wall time of each sample, ms, sorted ascending. */
  wall: number[];
  /** CPU time (user + system of the whole process) of each sample, ms, sorted ascending. */
  cpu: number[];
}

function median(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  return n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
}

function sample(fn: () => unknown, into: Samples): number {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const t = performance.now() - t0;
  const c = process.cpuUsage(c0);
  into.wall.push(t);
  into.cpu.push((c.user + c.system) / 1000);
  return t;
}

/**
 * Interleaved samples of several functions: one warm-up call each, then rounds of one call of each
 * in turn until `budgetMs` of wall time is spent (at least `minRounds`, at most `maxRounds`).
 */
export function sampleInterleaved(fns: readonly (() => unknown)[], budgetMs = 800, minRounds = 5, maxRounds = 60): Samples[] {
  for (const fn of fns) fn(); // warm-up (JIT, caches)
  const out: Samples[] = fns.map(() => ({ wall: [], cpu: [] }));
  const start = performance.now();
  for (let round = 0; round < maxRounds; round++) {
    if (round >= minRounds && performance.now() - start >= budgetMs) break;
    for (let i = 0; i < fns.length; i++) sample(fns[i]!, out[i]!);
  }
  for (const s of out) {
    s.wall.sort((a, b) => a - b);
    s.cpu.sort((a, b) => a - b);
  }
  return out;
}

/** Median milliseconds of `fn` over enough repetitions to fill ~`budgetMs` (at least 3). */
export function timeMs(fn: () => unknown, budgetMs = 400): number {
  const [s] = sampleInterleaved([fn], budgetMs, 3, 50);
  return median(s!.wall);
}

export interface BenchRow {
  name: string;
  size: string;
  /** Median wall ms of ours. */
  oursMs: number;
  /** Median wall ms of OpenCV. */
  opencvMs: number;
  /** oursMs / opencvMs. */
  ratio: number;
  /** Fastest wall ms of ours. */
  oursBestMs?: number;
  /** Fastest wall ms of OpenCV. */
  opencvBestMs?: number;
  /** oursBestMs / opencvBestMs. */
  bestRatio?: number;
  /** Median CPU ms of ours. */
  oursCpuMs?: number;
  /** Median CPU ms of OpenCV. */
  opencvCpuMs?: number;
  /** oursCpuMs / opencvCpuMs. */
  cpuRatio?: number;
  /** Samples per side. */
  samples?: number;
}

/** Times one case, the two sides interleaved (see the module comment). Default budget: 800 ms. */
export function runCase(c: BenchCase, budgetMs?: number): BenchRow {
  fullGc?.();
  const { ours, opencv, cleanup } = c.setup();
  try {
    fullGc?.();
    const [o, v] = sampleInterleaved([ours, opencv], budgetMs);
    const oursMs = median(o!.wall), opencvMs = median(v!.wall);
    const oursBestMs = o!.wall[0]!, opencvBestMs = v!.wall[0]!;
    const oursCpuMs = median(o!.cpu), opencvCpuMs = median(v!.cpu);
    return {
      name: c.name,
      size: c.size,
      oursMs,
      opencvMs,
      ratio: oursMs / opencvMs,
      oursBestMs,
      opencvBestMs,
      bestRatio: oursBestMs / opencvBestMs,
      oursCpuMs,
      opencvCpuMs,
      cpuRatio: opencvCpuMs > 0 ? oursCpuMs / opencvCpuMs : NaN,
      samples: o!.wall.length,
    };
  } finally {
    cleanup?.();
  }
}

const mark = (r: number | undefined): string => (r === undefined || Number.isNaN(r) ? "–" : `${r.toFixed(2)}${r <= 1 ? "" : " ✗"}`);
const ms = (v: number | undefined): string => (v === undefined ? "–" : v.toFixed(2));

/** Markdown table of the rows: median wall times and ratio, then best-of and CPU-time ratios. */
export function formatTable(rows: readonly BenchRow[]): string {
  const lines = [
    "| operation | size | ours ms | OpenCV-wasm ms | ratio | best ours/OpenCV ms | best ratio | CPU ratio |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${r.size} | ${ms(r.oursMs)} | ${ms(r.opencvMs)} | ${mark(r.ratio)} | ${ms(r.oursBestMs)} / ${ms(r.opencvBestMs)} | ${mark(r.bestRatio)} | ${mark(r.cpuRatio)} |`,
    );
  }
  return lines.join("\n");
}
