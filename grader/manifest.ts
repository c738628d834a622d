/**
 * The manifest: the authoritative list of exercises, built from the instructor notebooks (cells
 * tagged `exercise`) and the exercise folders (tests). A student's notebook never changes it.
 * Mismatches (a notebook exercise without a folder, a folder without a notebook cell, points or
 * names that differ) are errors: `npm run grade -- --check-manifest` and a jest test report them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { cellExerciseId, cellTags, checkStructure, parse } from "./pipeline/parse";
import { defaultExercisesDir, defaultNotebooksDir, repoRoot } from "./paths";
import { listExercises, loadExercise } from "./registry";
import type { ExerciseDefinition, Limits, OffLimits, Visibility } from "./types";

/** One exercise of the manifest (plain data + where its definition lives). */
export interface ManifestExercise {
  id: string;
  title: string;
  points: number;
  defines: string[];
  /** Instructor notebook holding the exercise cell (relative to the repository when inside it). */
  notebook: string;
  /** The instructor notebook's setup cells, in order (used to run every submission: students cannot change imports). */
  setup: string[];
  /** The committed (stub) exercise cell. */
  stub: string;
  tests: { name: string; points: number; visibility: Visibility }[];
  offLimits: Required<OffLimits>;
  limits: Required<Limits>;
  allowTfjs: boolean;
  /** Folder with tests.ts / solution.ts / mutants/. */
  dir: string;
}

export interface Manifest {
  exercises: ManifestExercise[];
  /** Mismatches between notebooks and exercise folders. Empty when consistent. */
  errors: string[];
}

/** Options of {@link buildManifest}. */
export interface ManifestOptions {
  /** Instructor notebooks: a folder searched recursively for .ipynb, or a list of files. @default <repo>/notebooks */
  notebooks?: string | readonly string[];
  /** Folder of exercise folders. @default grader/exercises */
  exercises?: string;
}

/** Default limits when an exercise does not declare them. */
export const defaultLimits: Required<Limits> = { timeMs: 20000, testTimeMs: 5000, memoryMb: 512 };

/** Every .ipynb below `dir` (skipping checkpoints and node_modules), sorted. */
export function findNotebooks(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith(".ipynb")) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

interface NotebookExercise {
  id: string;
  points: unknown;
  defines: unknown;
  notebook: string;
  setup: string[];
  stub: string;
}

/** Build the manifest. Never throws for content problems: they go to `errors`. */
export function buildManifest(options: ManifestOptions = {}): Manifest {
  const { notebooks = defaultNotebooksDir, exercises = defaultExercisesDir } = options;
  const files = typeof notebooks === "string" ? findNotebooks(notebooks) : [...notebooks];
  const errors: string[] = [];
  const fromNotebooks = new Map<string, NotebookExercise>();
  for (const file of files) {
    const rel = path.relative(repoRoot, file).startsWith("..") ? file : path.relative(repoRoot, file);
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (e) {
      errors.push(`${rel}: cannot read (${(e as Error).message})`);
      continue;
    }
    const parsed = parse(text);
    if (!parsed.ok) {
      errors.push(`${rel}: ${parsed.problem.message}`);
      continue;
    }
    const st = checkStructure(parsed.value);
    if (!st.ok) {
      errors.push(`${rel}: ${st.problem.message}`);
      continue;
    }
    const setup = st.notebook.cells.filter((c) => c.cell_type === "code" && cellTags(c).includes("setup")).map((c) => c.source);
    for (const cell of st.notebook.cells) {
      if (cell.cell_type !== "code") continue;
      const id = cellExerciseId(cell);
      if (id === undefined) {
        if (cellTags(cell).includes("exercise")) errors.push(`${rel}: a cell tagged "exercise" has no metadata.exercise.id`);
        continue;
      }
      if (fromNotebooks.has(id)) {
        errors.push(`exercise ${id} appears in ${fromNotebooks.get(id)!.notebook} and again in ${rel}`);
        continue;
      }
      const meta = (cell.metadata.exercise ?? {}) as { points?: unknown; defines?: unknown };
      fromNotebooks.set(id, { id, points: meta.points, defines: meta.defines, notebook: rel, setup, stub: cell.source });
    }
  }
  const folderIds = new Set(listExercises(exercises));
  const out: ManifestExercise[] = [];
  for (const [id, nb] of fromNotebooks) {
    if (!folderIds.has(id)) {
      errors.push(`exercise ${id} (in ${nb.notebook}) has no folder ${path.join(path.relative(repoRoot, exercises), id)}/ with tests.ts`);
      continue;
    }
    let def: ExerciseDefinition;
    try {
      def = loadExercise(id, exercises);
    } catch (e) {
      errors.push(`exercise ${id}: its tests do not load: ${(e as Error).message}`);
      continue;
    }
    if (nb.points !== def.points) errors.push(`exercise ${id}: the notebook cell says ${String(nb.points)} points, tests.ts says ${def.points}`);
    const nbDefines = Array.isArray(nb.defines) ? nb.defines : [];
    if (JSON.stringify(nbDefines) !== JSON.stringify(def.defines)) {
      errors.push(`exercise ${id}: the notebook cell defines ${JSON.stringify(nbDefines)}, tests.ts ${JSON.stringify(def.defines)}`);
    }
    out.push({
      id,
      title: def.title,
      points: def.points,
      defines: [...def.defines],
      notebook: nb.notebook,
      setup: nb.setup,
      stub: nb.stub,
      tests: def.tests.map((t) => ({ name: t.name, points: t.points, visibility: t.visibility })),
      offLimits: { lib: [...(def.offLimits?.lib ?? [])], opencv: [...(def.offLimits?.opencv ?? [])] },
      limits: { ...defaultLimits, ...def.limits },
      allowTfjs: def.allowTfjs ?? false,
      dir: exercises,
    });
  }
  for (const id of folderIds) {
    if (!fromNotebooks.has(id)) errors.push(`exercise folder ${id}/ has no exercise cell in any notebook (metadata.exercise.id "${id}")`);
  }
  return { exercises: out, errors };
}
