#!/usr/bin/env node
/**
 * The grading CLI — a thin wrapper over api.ts / batch.ts. See grader/README.md.
 *
 *   npm run grade -- <notebook.ipynb | folder | submissions.zip> [--out DIR] [--tests DIR]
 *                    [--notebooks DIR] [--jobs N] [--json] [--quiet]
 *   npm run grade -- --check-manifest [--tests DIR] [--notebooks DIR]
 *   npm run grade -- --gradescope-bundle OUT.zip [--tests DIR]
 *
 * Exit codes: 0 graded (whatever the score) / manifest consistent / bundle written; 1 usage error;
 * 2 input unreadable or not a notebook (single notebook: no score could be given; batch: no
 * notebooks found); 3 manifest inconsistent (--check-manifest); 4 internal grader error.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const ExitCode = { graded: 0, usage: 1, badInput: 2, manifest: 3, internal: 4 } as const;

const USAGE = `usage: npm run grade -- <notebook.ipynb | folder | submissions.zip> [options]
       npm run grade -- --check-manifest [--tests DIR] [--notebooks DIR]
       npm run grade -- --gradescope-bundle OUT.zip [--tests DIR]
options:
  --out DIR        where reports go (default ./grading-results)
  --tests DIR      exercises folder (tests kept private; default grader/exercises)
  --notebooks DIR  instructor notebooks (default notebooks/)
  --jobs N         parallel sandboxes / batch workers (default: CPU cores)
  --json           print the JSON report on stdout instead of the table
  --quiet          print nothing but errors
  --assignment NB  the instructor notebook submissions answer (default: chosen by the exercise ids they contain)
  --typecheck      add type errors as warnings (like tslab; the score depends only on behaviour)
exit codes: 0 graded, 1 usage error, 2 input unreadable or not a notebook, 3 manifest inconsistent, 4 internal error`;

interface Args {
  input?: string;
  out?: string;
  tests?: string;
  notebooks?: string;
  jobs?: number;
  json: boolean;
  quiet: boolean;
  typecheck: boolean;
  assignment?: string;
  checkManifest: boolean;
  bundle?: string;
}

function parseArgs(argv: string[]): Args | string {
  const a: Args = { json: false, quiet: false, typecheck: false, checkManifest: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]!;
    const val = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${k} needs a value`);
      return v;
    };
    try {
      switch (k) {
        case "--out": a.out = val(); break;
        case "--tests": a.tests = path.resolve(val()); break;
        case "--notebooks": a.notebooks = path.resolve(val()); break;
        case "--jobs": {
          const n = Number(val());
          if (!Number.isInteger(n) || n < 1) return `--jobs must be a positive integer`;
          a.jobs = n;
          break;
        }
        case "--json": a.json = true; break;
        case "--quiet": a.quiet = true; break;
        case "--typecheck": a.typecheck = true; break;
        case "--assignment": a.assignment = val(); break;
        case "--check-manifest": a.checkManifest = true; break;
        case "--gradescope-bundle": a.bundle = val(); break;
        case "-h": case "--help": return "";
        default:
          if (k.startsWith("-")) return `unknown option ${k}`;
          if (a.input) return `one input only (got ${a.input} and ${k})`;
          a.input = k;
      }
    } catch (e) {
      return (e as Error).message;
    }
  }
  return a;
}

export async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === "string") {
    process.stderr.write((parsed ? `error: ${parsed}\n` : "") + USAGE + "\n");
    return parsed ? ExitCode.usage : ExitCode.graded;
  }
  const a = parsed;
  const log = (s: string) => {
    if (!a.quiet) process.stdout.write(s + "\n");
  };
  // Loaded lazily so --help stays instant.
  const { buildManifest } = await import("../manifest");
  const opts = { exercises: a.tests, notebooks: a.notebooks, typecheck: a.typecheck, assignment: a.assignment };
  if (a.checkManifest) {
    const m = buildManifest(opts);
    for (const e of m.exercises) log(`${e.id.padEnd(32)} ${String(e.points).padStart(4)} pts  ${e.tests.length} tests  defines ${e.defines.join(", ")}  (${e.notebook})`);
    for (const err of m.errors) process.stderr.write(`manifest error: ${err}\n`);
    log(m.errors.length ? `${m.errors.length} manifest error(s)` : `manifest OK: ${m.exercises.length} exercises`);
    return m.errors.length ? ExitCode.manifest : ExitCode.graded;
  }
  if (a.bundle) {
    const { buildGradescopeBundle } = await import("../bundle/gradescope");
    const { zip, names } = buildGradescopeBundle({ tests: a.tests });
    fs.writeFileSync(a.bundle, zip);
    log(`wrote ${a.bundle} (${(zip.length / 1e6).toFixed(1)} MB, ${names.length} files): upload it as the Gradescope autograder`);
    return ExitCode.graded;
  }
  if (!a.input) {
    process.stderr.write("error: nothing to grade\n" + USAGE + "\n");
    return ExitCode.usage;
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(a.input);
  } catch {
    process.stderr.write(`error: cannot read ${a.input}\n`);
    return ExitCode.badInput;
  }
  const out = path.resolve(a.out ?? "grading-results");
  const manifest = buildManifest(opts);
  for (const err of manifest.errors) process.stderr.write(`warning: manifest: ${err}\n`);
  const isZip = stat.isFile() && fs.readFileSync(a.input).subarray(0, 2).toString("latin1") === "PK";
  if (stat.isDirectory() || isZip) {
    const { collectSubmissions, gradeBatch } = await import("../batch/batch");
    let inputs;
    try {
      inputs = collectSubmissions(a.input);
    } catch (e) {
      process.stderr.write(`error: ${(e as Error).message}\n`);
      return ExitCode.badInput;
    }
    if (inputs.length === 0) {
      process.stderr.write(`error: no .ipynb files in ${a.input}\n`);
      return ExitCode.badInput;
    }
    const s = await gradeBatch(inputs, { ...opts, manifest, out, workers: a.jobs, progress: !a.quiet && !a.json });
    if (a.json) process.stdout.write(JSON.stringify({ gradebook: s.gradebookPath, submissions: s.submissions.length, graded: s.graded, requeued: s.requeued, ms: s.ms }) + "\n");
    else log(`graded ${s.graded} new submission(s) of ${s.submissions.length} in ${(s.ms / 1000).toFixed(1)} s → ${s.gradebookPath}`);
    return ExitCode.graded;
  }
  const { gradeNotebook } = await import("../api");
  const { writeReports } = await import("../report/write");
  const { toTable, toReport } = await import("../report/formats");
  const r = await gradeNotebook(a.input, { ...opts, manifest, jobs: a.jobs });
  writeReports(r, out);
  if (a.json) process.stdout.write(JSON.stringify(toReport(r)) + "\n");
  else log(toTable(r, process.stdout.isTTY === true) + `\nreports: ${out}/{results.json, report.json, feedback.md}`);
  return r.problems.length > 0 ? ExitCode.badInput : ExitCode.graded;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`internal grader error: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = ExitCode.internal;
    },
  );
}
