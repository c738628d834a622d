/**
 * Benchmark harness: each case times our implementation and OpenCV's (opencv-wasm) on the same
 * input in the same run and reports the ratio ours / OpenCV (≤ 1.0 means we are as fast or faster).
 */
import { performance } from "node:perf_hooks";

/** One row of the table: an operation at one image size. */
export interface BenchCase {
  /** Operation, e.g. "Gaussian blur 5×5". */
  name: string;
  /** Input size label, e.g. "1024²". */
  size: string;
  /** Prepare inputs once (allocations, Mats); returns the two timed functions and a cleanup. */
  setup(): { ours: () => unknown; opencv: () => unknown; cleanup?: () => void };
}

/** Median milliseconds of `fn` over enough repetitions to fill ~`budgetMs` (at least 3). */
export function timeMs(fn: () => unknown, budgetMs = 400): number {
  fn(); // warm-up (JIT, caches)
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < 3 || (performance.now() - start < budgetMs && samples.length < 50)) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

export interface BenchRow {
  name: string;
  size: string;
  oursMs: number;
  opencvMs: number;
  ratio: number;
}

export function runCase(c: BenchCase, budgetMs?: number): BenchRow {
  const { ours, opencv, cleanup } = c.setup();
  try {
    const oursMs = timeMs(ours, budgetMs);
    const opencvMs = timeMs(opencv, budgetMs);
    return { name: c.name, size: c.size, oursMs, opencvMs, ratio: oursMs / opencvMs };
  } finally {
    cleanup?.();
  }
}

/** Markdown table of the rows. */
export function formatTable(rows: readonly BenchRow[]): string {
  const lines = ["| operation | size | ours ms | OpenCV-wasm ms | ratio |", "|---|---|---:|---:|---:|"];
  for (const r of rows) {
    lines.push(`| ${r.name} | ${r.size} | ${r.oursMs.toFixed(2)} | ${r.opencvMs.toFixed(2)} | ${r.ratio.toFixed(2)}${r.ratio <= 1 ? "" : " ✗"} |`);
  }
  return lines.join("\n");
}
