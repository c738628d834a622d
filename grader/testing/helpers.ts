/**
 * Helpers for the grader's own jest tests: keep the compiled runner/worker fresh (the sandbox and
 * batch workers are separate Node processes, so they run compiled JS), and build notebooks in memory.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { graderDist, graderRoot, repoRoot } from "../paths";

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (["dist", "node_modules", "fixtures", "exercises", "testing"].includes(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Rebuild grader/dist when any grader source is newer than the compiled runner or worker. */
export function ensureBuilt(): void {
  const outputs = [path.join(graderDist, "sandbox", "runner.js"), path.join(graderDist, "batch", "worker.js"), path.join(graderDist, "api.js")];
  const oldest = Math.min(...outputs.map((p) => (fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0)));
  if (oldest >= newestSource(graderRoot)) return;
  try {
    execFileSync(process.execPath, [path.join(repoRoot, "node_modules", "typescript", "bin", "tsc"), "-p", graderRoot], { stdio: "pipe" });
  } catch {
    // tsc reports errors from folders other people are editing but still emits; check the outputs exist.
  }
  for (const p of outputs) if (!fs.existsSync(p)) throw new Error(`grader build failed: ${p} missing`);
}

export const fixturesDir = path.join(graderRoot, "fixtures");
export const fixtureOptions = { notebooks: path.join(fixturesDir, "notebooks"), exercises: path.join(fixturesDir, "exercises") };

/** The fixture instructor notebook, parsed (a fresh copy each call). */
export function sampleNotebook(): { cells: { cell_type: string; source: string | string[]; metadata: Record<string, any> }[]; [k: string]: unknown } {
  return JSON.parse(fs.readFileSync(path.join(fixturesDir, "notebooks", "sample.ipynb"), "utf8"));
}

/** A copy of `notebook` with the sources of the given exercise cells replaced. */
export function withCells<T extends { cells: { source: string | string[]; metadata: Record<string, any> }[] }>(notebook: T, sources: Record<string, string>): T {
  const nb = JSON.parse(JSON.stringify(notebook)) as T;
  for (const c of nb.cells) {
    const id = c.metadata?.exercise?.id;
    if (id && sources[id] !== undefined) c.source = sources[id]!;
  }
  return nb;
}

/** The fixture notebook with every exercise solved by its reference solution, then `overrides`. */
export function solvedSample(overrides: Record<string, string> = {}) {
  const src: Record<string, string> = {};
  for (const id of ["sample-add", "sample-flip", "sample-threshold"]) src[id] = fs.readFileSync(path.join(fixtureOptions.exercises, id, "solution.ts"), "utf8");
  return withCells(sampleNotebook(), { ...src, ...overrides });
}
