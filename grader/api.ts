/**
 * `gradeNotebook(path | bytes | json, options) → GradingResults`: the whole pipeline
 * `parse → checkStructure → extractExercises → sandboxRun → judge` for one submission.
 * The CLI, batch workers and the meta-tests all call this.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { defaultConfig, type GradeOptions } from "./config";
import { cloneArgs } from "./define";
import { buildManifest, type Manifest, type ManifestExercise } from "./manifest";
import { cellExerciseId, checkStructure, parse, type Notebook } from "./pipeline/parse";
import { extractExercises, type ExtractedExercise } from "./pipeline/extract";
import { judge } from "./pipeline/judge";
import { buildProgram } from "./pipeline/transpile";
import { typecheck } from "./pipeline/typecheck";
import { loadExercise } from "./registry";
import { packageDir } from "./paths";
import { sandboxRun } from "./sandbox/sandbox";
import type { ExerciseDefinition, ExerciseResult, GradingResults, NotebookProblem } from "./types";

export type { GradeOptions } from "./config";

const manifestCache = new Map<string, Manifest>();
/** The manifest for these options, built once per process. */
export function manifestFor(options: GradeOptions = {}): Manifest {
  if (options.manifest) return options.manifest;
  const key = JSON.stringify([options.notebooks ?? null, options.exercises ?? null]);
  let m = manifestCache.get(key);
  if (!m) {
    m = buildManifest({ notebooks: options.notebooks, exercises: options.exercises });
    manifestCache.set(key, m);
  }
  return m;
}

interface Prepared {
  inputs: unknown[][];
  expected: unknown[];
}
const preparedCache = new Map<string, Prepared>();
/** Seeded inputs and reference outputs of an exercise, computed once per process (trusted side). */
function prepare(spec: ManifestExercise, def: ExerciseDefinition): Prepared {
  const key = `${spec.dir}::${spec.id}`;
  let p = preparedCache.get(key);
  if (!p) {
    const inputs: unknown[][] = [];
    const expected: unknown[] = [];
    for (const t of def.tests) {
      try {
        const args = t.input();
        inputs.push(args);
        // The reference runs on a private copy so it cannot disturb the inputs sent to students.
        expected.push(t.expected(...cloneArgs(args)));
      } catch (e) {
        inputs.push([]);
        expected.push(e instanceof Error ? e : new Error(String(e)));
      }
    }
    p = { inputs, expected };
    preparedCache.set(key, p);
  }
  return p;
}

let paths: { lib: string; opencv: string; namespaces: Record<string, string> } | undefined;
function runtimePaths(): { lib: string; opencv: string; namespaces: Record<string, string> } {
  if (!paths) {
    const lib = require.resolve(packageDir("@cv-roadmap/lib"));
    // `export * as core from "./core"` compiles to `exports.core = __importStar(require("./core"))`:
    // the sandbox loads each namespace on first use instead of the whole lib.
    const namespaces: Record<string, string> = {};
    try {
      const text = fs.readFileSync(lib, "utf8");
      for (const m of text.matchAll(/exports\.(\w+) = __importStar\(require\("(\.\/[\w/]+)"\)\)/g)) {
        namespaces[m[1]!] = require.resolve(path.resolve(path.dirname(lib), m[2]!));
      }
    } catch {
      /* fall back to loading the whole lib */
    }
    paths = { lib, opencv: packageDir("opencv-wasm"), namespaces };
  }
  return paths;
}

/** Run `fn` over `items` with at most `jobs` at a time, keeping order. */
export async function mapLimit<T, R>(items: readonly T[], jobs: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  });
  await Promise.all(workers);
  return out;
}

/** Grade one exercise of a submission (extracted cell → sandbox → judge). */
export async function gradeExercise(spec: ManifestExercise, found: ExtractedExercise, options: GradeOptions = {}): Promise<ExerciseResult> {
  const started = Date.now();
  let def: ExerciseDefinition;
  try {
    def = loadExercise(spec.id, spec.dir);
  } catch (e) {
    return judge({ id: spec.id, title: spec.title, points: spec.points, tests: [], expected: [], messages: [`grader error: ${(e as Error).message}`] });
  }
  const base = { id: spec.id, title: spec.title, points: spec.points, tests: def.tests };
  if (found.source === undefined) {
    return judge({ ...base, expected: [], messages: found.messages, notRunReason: `exercise cell ${spec.id} not found`, ms: Date.now() - started });
  }
  const program = buildProgram(spec.setup, found.source, spec.defines);
  if (!program.ok) {
    return judge({ ...base, expected: [], messages: [...found.messages, ...program.errors], notRunReason: "your cell has a syntax error (see above)", ms: Date.now() - started });
  }
  const prepared = prepare(spec, def);
  const { lib, opencv, namespaces } = runtimePaths();
  const tests = def.tests
    .map((t, index) => ({ index, call: t.call ?? spec.defines[0]!, args: prepared.inputs[index]! }))
    .filter((t) => !(prepared.expected[t.index] instanceof Error));
  const outcome = await sandboxRun(
    {
      exerciseId: spec.id,
      code: program.js,
      defines: [...spec.defines],
      libPath: lib,
      libNamespaces: namespaces,
      opencvPath: opencv,
      offLimits: { lib: [...spec.offLimits.lib], opencv: [...spec.offLimits.opencv] },
      tfjs: spec.allowTfjs,
      tests,
      loadTimeMs: spec.limits.testTimeMs,
      testTimeMs: spec.limits.testTimeMs,
    },
    { timeMs: spec.limits.timeMs, memoryMb: spec.limits.memoryMb, outputCap: options.outputCap ?? defaultConfig.outputCap, isolateNetwork: options.isolateNetwork ?? defaultConfig.isolateNetwork },
  );
  const messages = [...found.messages];
  if (outcome.types) {
    for (const n of spec.defines) if (outcome.types[n] !== "function") messages.push(`your cell must define a function ${n} (found ${outcome.types[n]})`);
  }
  return judge({ ...base, expected: prepared.expected, outcome, messages, ms: Date.now() - started });
}

/**
 * Which instructor notebook a submission is: the one sharing the most exercise ids with it (ids only
 * select the notebook; points and tests still come from the manifest); with no id in common, the
 * one whose file name matches `hint` (the submission's name or `options.assignment`); else all.
 * A submission is graded against that notebook's exercises only.
 */
export function selectExercises(notebook: Notebook, specs: readonly ManifestExercise[], hint?: string): ManifestExercise[] {
  const byNotebook = new Map<string, ManifestExercise[]>();
  for (const s of specs) byNotebook.set(s.notebook, [...(byNotebook.get(s.notebook) ?? []), s]);
  if (byNotebook.size <= 1) return [...specs];
  const ids = new Set(notebook.cells.map((c) => cellExerciseId(c)).filter((x): x is string => x !== undefined));
  let best: string | undefined;
  let bestCount = 0;
  for (const [nb, list] of byNotebook) {
    const n = list.filter((s) => ids.has(s.id)).length;
    if (n > bestCount) {
      best = nb;
      bestCount = n;
    }
  }
  if (best) return byNotebook.get(best)!;
  if (hint) {
    const base = path.basename(hint).replace(/\.ipynb$/, "");
    for (const [nb, list] of byNotebook) if (nb === hint || path.basename(nb).replace(/\.ipynb$/, "") === base || base.includes(path.basename(nb, ".ipynb"))) return list;
  }
  return [...specs];
}

/** Grade a submission given as a path, bytes or already-parsed JSON. Never throws for bad submissions. */
export async function gradeNotebook(input: string | Uint8Array | object, options: GradeOptions = {}): Promise<GradingResults> {
  const started = Date.now();
  const manifest = manifestFor(options);
  let specs = options.only ? manifest.exercises.filter((e) => options.only!.includes(e.id)) : manifest.exercises;
  let possible = specs.reduce((s, e) => s + e.points, 0);
  let bytes: Uint8Array | undefined;
  let name = options.name ?? "submission";
  let parsedValue: unknown;
  const problems: NotebookProblem[] = [];
  if (typeof input === "string") {
    name = options.name ?? path.basename(input);
    try {
      bytes = fs.readFileSync(input);
    } catch (e) {
      problems.push({ code: "unreadable", message: `cannot read ${input}: ${(e as Error).message}` });
    }
  } else if (input instanceof Uint8Array) bytes = input;
  else {
    parsedValue = input;
    bytes = Buffer.from(JSON.stringify(input));
  }
  const sha256 = createHash("sha256").update(bytes ?? new Uint8Array()).digest("hex");
  const finish = (exercises: ExerciseResult[], warnings: string[]): GradingResults => ({
    submission: name,
    sha256,
    score: Math.round(exercises.reduce((s, e) => s + e.score, 0) * 1e6) / 1e6,
    possible,
    exercises,
    problems,
    warnings,
    executionMs: Date.now() - started,
    gradedAt: new Date().toISOString(),
  });
  const zeroAll = (why: string): ExerciseResult[] =>
    specs.map((s) => ({
      id: s.id,
      title: s.title,
      points: s.points,
      score: 0,
      messages: [why],
      output: "",
      tests: s.tests.map((t) => ({ exercise: s.id, name: t.name, visibility: t.visibility, points: t.points, score: 0, passed: false, message: `did not run: ${why}` })),
      ms: 0,
    }));
  if (problems.length > 0) return finish(zeroAll(problems[0]!.message), []);
  if (parsedValue === undefined) {
    const p = parse(bytes!);
    if (!p.ok) {
      problems.push(p.problem);
      return finish(zeroAll(p.problem.message), []);
    }
    parsedValue = p.value;
  }
  const st = checkStructure(parsedValue);
  if (!st.ok) {
    problems.push(st.problem);
    return finish(zeroAll(st.problem.message), []);
  }
  if (!options.only) {
    specs = selectExercises(st.notebook, specs, options.assignment ?? (typeof input === "string" ? input : name));
    possible = specs.reduce((s, e) => s + e.points, 0);
  }
  const extraction = extractExercises(st.notebook, specs);
  const jobs = options.jobs ?? defaultConfig.jobs;
  let typeWarnings: Map<string, string[]> | undefined;
  if (options.typecheck ?? defaultConfig.typecheck) {
    // Synchronous and CPU-heavy: done BEFORE any sandbox starts, so it can never eat into a child's time limit.
    const programs = new Map<string, { setup: readonly string[]; cell: string }>();
    specs.forEach((spec, i) => {
      const src = extraction.exercises[i]!.source;
      if (src !== undefined) programs.set(spec.id, { setup: spec.setup, cell: src });
    });
    typeWarnings = typecheck(programs);
  }
  const exercises = await mapLimit(specs, jobs, (spec, i) => gradeExercise(spec, extraction.exercises[i]!, options));
  if (typeWarnings) for (const e of exercises) e.messages.push(...(typeWarnings.get(e.id) ?? []));
  return finish(exercises, [...st.warnings, ...extraction.warnings]);
}
