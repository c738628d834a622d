/**
 * `npm run bench:grader` — grader latency and throughput (design §8):
 *   - sandbox start: spawn + runner + lib load for a trivial exercise;
 *   - cold: a fresh `node grade.js` process on one submission (what Gradescope pays);
 *   - warm: `gradeNotebook` called twice in one process (the second call);
 *   - batch: submissions/s with one worker per core;
 * on the sample fixture exercises and on every week-1 exercise that exists.
 * Targets: ≤ 2 s cold for one submission, ≥ 5 submissions/s on 2 cores.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gradeNotebook, manifestFor } from "../api";
import { gradeBatch } from "../batch/batch";
import { buildManifest, type Manifest } from "../manifest";
import { graderDist, graderRoot, repoRoot } from "../paths";
import { readSolution } from "../registry";

/** CPU seconds used by this process's finished (reaped) children and their children: /proc/self/stat cutime + cstime. */
function childCpuSeconds(): number {
  try {
    const f = fs.readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
    return (Number(f[13]) + Number(f[14])) / 100; // fields 16, 17 (USER_HZ = 100 on Linux)
  } catch {
    return NaN;
  }
}

interface Suite {
  name: string;
  notebooks: string | string[];
  exercises: string;
}

function solvedNotebook(manifest: Manifest): object[] {
  // One notebook per instructor notebook, every exercise replaced by its reference solution.
  const byFile = new Map<string, { cells: { source: string; metadata: Record<string, any> }[] }>();
  for (const e of manifest.exercises) {
    const file = path.isAbsolute(e.notebook) ? e.notebook : path.join(repoRoot, e.notebook);
    if (!byFile.has(file)) byFile.set(file, JSON.parse(fs.readFileSync(file, "utf8")));
    const nb = byFile.get(file)!;
    for (const c of nb.cells) if (c.metadata?.exercise?.id === e.id) c.source = readSolution(e.id, e.dir);
  }
  return [...byFile.values()];
}

async function main(): Promise<void> {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  console.log(`grader benchmark — node ${process.version}, ${cores} cores, ${os.cpus()[0]?.model ?? "cpu"}`);
  const week1 = path.join(repoRoot, "notebooks", "w01");
  const suites: Suite[] = [{ name: "sample fixtures", notebooks: path.join(graderRoot, "fixtures", "notebooks"), exercises: path.join(graderRoot, "fixtures", "exercises") }];
  if (fs.existsSync(week1)) suites.push({ name: "week 1", notebooks: week1, exercises: path.join(graderRoot, "exercises") });
  const rows: string[] = ["| suite | exercises | sandbox start ms | cold s (CLI) | warm s (API) | batch subs/s | CPU s / sub | 2 idle cores → subs/s |", "|---|---:|---:|---:|---:|---:|---:|---:|"];
  for (const suite of suites) {
    const manifest = buildManifest({ notebooks: suite.notebooks, exercises: suite.exercises });
    if (manifest.exercises.length === 0) continue;
    const notebooks = solvedNotebook(manifest);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cvr-bench-"));
    const file = path.join(tmp, "submission.ipynb");
    fs.writeFileSync(file, JSON.stringify(notebooks[0]));
    // Sandbox start: one exercise with a trivial program (includes lib load in the child).
    const opts = { notebooks: suite.notebooks, exercises: suite.exercises };
    const m = manifestFor(opts);
    const first = m.exercises[0]!;
    await gradeNotebook(notebooks[0]!, { ...opts, only: [first.id] });
    const t0 = performance.now();
    const reps = 5;
    for (let i = 0; i < reps; i++) await gradeNotebook(notebooks[0]!, { ...opts, only: [first.id], jobs: 1 });
    const startMs = (performance.now() - t0) / reps;
    // Cold: a fresh process running the CLI.
    const coldT = performance.now();
    const cold = spawnSync(process.execPath, [path.join(graderDist, "cli", "grade.js"), file, "--out", path.join(tmp, "out"), "--quiet", "--tests", suite.exercises, "--notebooks", typeof suite.notebooks === "string" ? suite.notebooks : path.dirname(suite.notebooks[0]!)], { encoding: "utf8" });
    const coldS = (performance.now() - coldT) / 1000;
    if (cold.status !== 0) console.error(cold.stderr);
    // Warm: the API twice in this process; the second call is the warm figure.
    await gradeNotebook(notebooks[0]!, opts);
    const w = performance.now();
    const warmR = await gradeNotebook(notebooks[0]!, opts);
    const warmS = (performance.now() - w) / 1000;
    // Batch: 20 distinct submissions, one worker per core.
    const inputs = Array.from({ length: 20 }, (_, i) => ({ name: `s${i}.ipynb`, bytes: Buffer.from(JSON.stringify({ ...(notebooks[i % notebooks.length] as object), metadata: { ...((notebooks[i % notebooks.length] as { metadata?: object }).metadata ?? {}), n: i } })) }));
    const cpu0 = childCpuSeconds() + process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6;
    const b = await gradeBatch(inputs, { ...opts, out: path.join(tmp, "batch"), workers: cores, progress: false });
    const rate = b.graded / (b.ms / 1000);
    const cpuPerSub = (childCpuSeconds() + process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6 - cpu0) / b.graded;
    rows.push(`| ${suite.name} | ${manifest.exercises.length} | ${startMs.toFixed(0)} | ${coldS.toFixed(2)}${coldS <= 2 ? "" : " ✗"} | ${warmS.toFixed(2)} | ${rate.toFixed(1)}${rate >= 5 ? "" : " ✗"} | ${cpuPerSub.toFixed(3)} | ${(2 / cpuPerSub).toFixed(1)} |`);
    console.log(`${suite.name}: ${notebooks.length} notebook(s); warm score of the first ${warmR.score}/${warmR.possible}`);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(rows.join("\n"));
  console.log(`load average now: ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} (wall-clock figures suffer on a shared machine; CPU s / sub does not)`);
  console.log("targets: cold ≤ 2 s per submission, batch ≥ 5 submissions/s on 2 cores (✗ marks a miss)");
}

void main();
