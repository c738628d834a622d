/**
 * The exercises registry: one folder per exercise, `<dir>/<id>/tests.ts` (+ `solution.ts`,
 * `mutants/*.ts`). Definitions are loaded one at a time and only when needed, so `check()` in a
 * notebook loads one small module (no TypeScript, no OpenCV unless a test needs it).
 *
 * Resolution of `tests`: a compiled `tests.js` beside it or in `grader/dist/exercises/<id>/` when it
 * is at least as new as `tests.ts`; otherwise `tests.ts` is transpiled in memory (TypeScript loaded lazily).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Module from "node:module";
import { defaultExercisesDir, graderDist, graderRoot } from "./paths";
import type { ExerciseDefinition } from "./types";

/** Exercise ids present in `dir` (folders holding a tests.ts or tests.js), sorted. */
export function listExercises(dir: string = defaultExercisesDir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (fs.existsSync(path.join(dir, d.name, "tests.ts")) || fs.existsSync(path.join(dir, d.name, "tests.js"))))
    .map((d) => d.name)
    .sort();
}

function mtime(p: string): number {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return -1;
  }
}

const cache = new Map<string, ExerciseDefinition>();

/** Load the definition of exercise `id` from `dir`. Throws a clear error when missing or malformed. */
export function loadExercise(id: string, dir: string = defaultExercisesDir): ExerciseDefinition {
  const key = `${path.resolve(dir)}::${id}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const folder = path.join(dir, id);
  const ts = path.join(folder, "tests.ts");
  const tsTime = mtime(ts);
  const candidates = [path.join(folder, "tests.js")];
  if (path.resolve(dir) === path.resolve(defaultExercisesDir)) candidates.push(path.join(graderDist, "exercises", id, "tests.js"));
  let mod: unknown;
  const js = candidates.find((c) => mtime(c) >= 0 && mtime(c) >= tsTime);
  if (js) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require(js);
  } else if (tsTime >= 0) {
    mod = loadTsModule(ts);
  } else {
    throw new Error(`exercise ${id}: no tests.ts in ${folder}`);
  }
  const def = ((mod as { default?: unknown }).default ?? mod) as ExerciseDefinition;
  if (!def || typeof def !== "object" || !Array.isArray(def.tests)) throw new Error(`exercise ${id}: ${ts} must \`export default defineExercise({...})\``);
  if (def.id !== id) throw new Error(`exercise folder ${id} declares id ${JSON.stringify(def.id)}: the folder name and the id must be equal`);
  cache.set(key, def);
  return def;
}

/** Transpile a tests.ts in memory and load it as a CommonJS module resolving packages from the repository. */
function loadTsModule(file: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require("typescript") as typeof import("typescript");
  const src = fs.readFileSync(file, "utf8");
  const out = ts.transpileModule(src, {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  type Mod = { filename: string; paths: string[]; _compile(code: string, filename: string): void; exports: unknown; require: NodeJS.Require };
  const ModuleCtor = Module as unknown as { new (id: string, parent?: unknown): Mod; _nodeModulePaths(dir: string): string[] };
  const m = new ModuleCtor(file, module);
  m.filename = file;
  m.paths = [...ModuleCtor._nodeModulePaths(path.dirname(file)), ...ModuleCtor._nodeModulePaths(graderRoot)];
  const plain = m.require.bind(m);
  // "@cv-roadmap/grader" is this package (an exercise folder outside the repository cannot resolve it);
  // relative imports of other .ts helpers are transpiled the same way.
  m.require = ((id: string) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (id === "@cv-roadmap/grader") return require("./index");
    if (id.startsWith(".")) {
      const base = path.resolve(path.dirname(file), id);
      for (const cand of [base + ".ts", path.join(base, "index.ts")]) if (fs.existsSync(cand)) return loadTsModule(cand);
    }
    return plain(id);
  }) as NodeJS.Require;
  m._compile(out.outputText, file);
  return m.exports;
}

/** Text of the reference solution cell (`<dir>/<id>/solution.ts`). */
export function readSolution(id: string, dir: string = defaultExercisesDir): string {
  return fs.readFileSync(path.join(dir, id, "solution.ts"), "utf8");
}

/** Mutants of an exercise: name → cell text (`<dir>/<id>/mutants/<name>.ts`). */
export function readMutants(id: string, dir: string = defaultExercisesDir): Map<string, string> {
  const mdir = path.join(dir, id, "mutants");
  const out = new Map<string, string>();
  if (!fs.existsSync(mdir)) return out;
  for (const f of fs.readdirSync(mdir).sort()) if (f.endsWith(".ts")) out.set(f.slice(0, -3), fs.readFileSync(path.join(mdir, f), "utf8"));
  return out;
}
