/**
 * Batch grading: a folder or a zip of notebooks → store → a pool of worker processes (one per
 * core) → per-submission reports + `gradebook.csv`. A worker that dies mid-grading has its
 * submission re-queued; the ledger makes each submission count exactly once.
 */
import { fork, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { defaultConfig, type GradeOptions } from "../config";
import { manifestFor } from "../api";
import { writeAtomic, writeReports } from "../report/write";
import type { GradingResults } from "../types";
import { Store, type Submission } from "./store";
import { readZip } from "./zip";
import { graderDist } from "../paths";
// The module itself, not the library index: the CLI's cold start must not load every namespace.
import { progressBar } from "@cv-roadmap/lib/dist/viz/progressBar";

/** Options of {@link gradeBatch}. */
export interface BatchOptions extends GradeOptions {
  /** Output folder (store, ledger, results/, gradebook.csv). */
  out: string;
  /** Worker processes. @default number of CPU cores */
  workers?: number;
  /** Draw a progress bar on stderr. @default true when stderr is a TTY */
  progress?: boolean;
  /** Called when a job is handed to a worker (tests use it to kill workers). */
  onDispatch?: (worker: ChildProcess, submission: Submission) => void;
  /** Attempts before a submission is recorded as failed. @default 3 */
  maxAttempts?: number;
}

/** What a batch produced. */
export interface BatchSummary {
  submissions: Submission[];
  gradebookPath: string;
  graded: number;
  requeued: number;
  ms: number;
}

/** The notebooks of a folder (recursive) or a zip file, as (name, bytes). Throws for unreadable input. */
export function collectSubmissions(input: string): { name: string; bytes: Buffer }[] {
  const st = fs.statSync(input);
  if (st.isDirectory()) {
    const out: { name: string; bytes: Buffer }[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.name.startsWith(".")) continue;
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith(".ipynb")) out.push({ name: path.relative(input, p), bytes: fs.readFileSync(p) });
      }
    };
    walk(input);
    return out;
  }
  return readZip(fs.readFileSync(input))
    .filter((e) => e.name.endsWith(".ipynb") && !e.name.startsWith("__MACOSX/") && !e.name.split("/").some((s) => s.startsWith(".")))
    .map((e) => ({ name: e.name, bytes: e.data }));
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Grade many submissions. Resumable: a second run on the same `out` grades only what is missing. */
export async function gradeBatch(inputs: readonly { name: string; bytes: Uint8Array }[], options: BatchOptions): Promise<BatchSummary> {
  const started = Date.now();
  const { out, workers = defaultConfig.jobs, progress = process.stderr.isTTY === true, onDispatch, maxAttempts = 3 } = options;
  const store = new Store(out);
  const submissions = inputs.map((i) => store.put(i.name, i.bytes)); // stored FIRST
  const manifest = manifestFor(options);
  const done = store.graded();
  const queue: Submission[] = [];
  const seen = new Set<string>();
  for (const s of submissions) {
    if (done.has(s.sha256) || seen.has(s.sha256)) continue;
    seen.add(s.sha256);
    queue.push(s);
  }
  const total = queue.length;
  let finished = 0;
  let requeued = 0;
  const attempts = new Map<string, number>();
  const bar = progress && total > 0 ? progressBar(total, { label: "grading" }) : undefined;
  const draw = () => bar?.update(finished);
  const workerOptions: GradeOptions = { assignment: options.assignment, notebooks: options.notebooks, exercises: options.exercises, typecheck: options.typecheck, isolateNetwork: options.isolateNetwork, outputCap: options.outputCap, only: options.only, jobs: options.jobs ?? 2 };
  const record = (s: Submission, r: GradingResults) => {
    writeReports(r, store.resultDir(s.sha256));
    store.append({ event: "graded", sha256: s.sha256, score: r.score, possible: r.possible, at: new Date().toISOString() });
    finished++;
    draw();
  };
  const failRecord = (s: Submission, why: string): GradingResults => ({
    submission: s.name,
    sha256: s.sha256,
    score: 0,
    possible: manifest.exercises.reduce((a, e) => a + e.points, 0),
    exercises: [],
    problems: [{ code: "unreadable", message: `grading failed ${maxAttempts} times: ${why}` }],
    warnings: [],
    executionMs: 0,
    gradedAt: new Date().toISOString(),
  });
  draw();
  await new Promise<void>((resolve) => {
    let active = 0;
    const n = Math.max(1, Math.min(workers, queue.length));
    if (queue.length === 0) return resolve();
    const startWorker = () => {
      const w = fork(path.join(graderDist, "batch", "worker.js"), [], {
        env: { ...process.env, CVR_GRADER_OPTIONS: JSON.stringify(workerOptions) },
        stdio: ["ignore", "ignore", "inherit", "ipc"],
      });
      active++;
      let current: Submission | undefined;
      const next = () => {
        current = queue.shift();
        if (!current) {
          w.kill();
          return;
        }
        w.send({ sha256: current.sha256, path: current.path, name: current.name });
        onDispatch?.(w, current);
      };
      w.on("message", (m: { ready?: boolean; sha256?: string; results?: GradingResults; error?: string }) => {
        if (m.ready) return next();
        if (!current || m.sha256 !== current.sha256) return;
        if (m.results) record(current, m.results);
        else retry(current, m.error ?? "unknown error");
        next();
      });
      w.on("exit", (code, signal) => {
        active--;
        if (current) {
          const s = current;
          current = undefined;
          retry(s, `worker ${signal ? `killed by ${signal}` : `exited with ${code}`}`);
          if (queue.length > 0) startWorker();
        }
        if (active === 0) {
          if (queue.length > 0) startWorker();
          else resolve();
        }
      });
    };
    const retry = (s: Submission, why: string) => {
      const a = (attempts.get(s.sha256) ?? 0) + 1;
      attempts.set(s.sha256, a);
      if (a >= maxAttempts) {
        record(s, failRecord(s, why));
        return;
      }
      requeued++;
      store.append({ event: "requeued", sha256: s.sha256, reason: why, at: new Date().toISOString() });
      queue.unshift(s);
    };
    for (let i = 0; i < n; i++) startWorker();
  });
  bar?.finish();
  // Gradebook: one row per submission (by name), from the reports on disk.
  const ids = manifest.exercises.map((e) => e.id);
  const rows = [["submission", "sha256", ...ids, "total", "possible"].map(csvCell).join(",")];
  const names = new Set<string>();
  for (const s of submissions) {
    if (names.has(s.name)) continue;
    names.add(s.name);
    const r = JSON.parse(fs.readFileSync(store.reportPath(s.sha256), "utf8")) as GradingResults;
    const by = new Map(r.exercises.map((e) => [e.id, e.score]));
    // Exercises of other notebooks are left blank (not part of this submission's assignment).
    rows.push([s.name, s.sha256, ...ids.map((id) => by.get(id) ?? (r.exercises.length === 0 ? 0 : "")), r.score, r.possible].map(csvCell).join(","));
  }
  const gradebookPath = path.join(out, "gradebook.csv");
  writeAtomic(gradebookPath, rows.join("\n") + "\n");
  return { submissions, gradebookPath, graded: finished, requeued, ms: Date.now() - started };
}
