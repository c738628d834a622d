/**
 * Step 1 — parse: bytes or text → a notebook object, or a {@link NotebookProblem} a student can act on.
 * Step 2 — checkStructure: is it an nbformat-4 notebook whose cells we can read?
 */
import type { NotebookProblem } from "../types";

/** The parts of an nbformat-4 notebook the grader reads. */
export interface Notebook {
  nbformat: number;
  nbformat_minor?: number;
  metadata: Record<string, unknown>;
  cells: Cell[];
}

/** One notebook cell (nbformat 4). `source` is normalised to a string by {@link checkStructure}. */
export interface Cell {
  cell_type: string;
  id?: string;
  source: string;
  metadata: Record<string, unknown>;
}

export type ParseResult = { ok: true; value: unknown } | { ok: false; problem: NotebookProblem };

/** Parse JSON text (or bytes). Never throws. */
export function parse(input: string | Uint8Array): ParseResult {
  let text: string;
  try {
    text = typeof input === "string" ? input : new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    return { ok: false, problem: { code: "not-json", message: "the file is not UTF-8 text, so it cannot be a notebook (.ipynb is JSON)" } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problem: { code: "not-json", message: `the notebook is not valid JSON (${msg}); was it edited by hand or truncated? Download it again from Jupyter (File → Download).` },
    };
  }
}

export type StructureResult = { ok: true; notebook: Notebook; warnings: string[] } | { ok: false; problem: NotebookProblem };

/** Check the JSON is an nbformat-4 notebook and normalise cell sources to strings. Never throws. */
export function checkStructure(value: unknown): StructureResult {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, problem: { code: "not-notebook", message: "this JSON file is not a Jupyter notebook (expected an object with nbformat and cells)" } };
  }
  const o = value as Record<string, unknown>;
  if (typeof o.nbformat !== "number") {
    return { ok: false, problem: { code: "not-notebook", message: "this JSON file is not a Jupyter notebook (no nbformat field)" } };
  }
  if (o.nbformat !== 4) {
    return {
      ok: false,
      problem: { code: "nbformat", message: `notebook format ${o.nbformat} is not supported: the grader reads nbformat 4 (save the notebook with JupyterLab ≥ 3, or convert with \`jupyter nbconvert --to notebook\`)` },
    };
  }
  if (!Array.isArray(o.cells)) {
    return { ok: false, problem: { code: "not-notebook", message: "the notebook has no cells list" } };
  }
  const warnings: string[] = [];
  const cells: Cell[] = [];
  o.cells.forEach((raw: unknown, i: number) => {
    if (typeof raw !== "object" || raw === null) {
      warnings.push(`cell ${i + 1} is not an object and was ignored`);
      return;
    }
    const c = raw as Record<string, unknown>;
    const source = Array.isArray(c.source) ? c.source.map((s) => (typeof s === "string" ? s : "")).join("") : typeof c.source === "string" ? c.source : "";
    const metadata = typeof c.metadata === "object" && c.metadata !== null && !Array.isArray(c.metadata) ? (c.metadata as Record<string, unknown>) : {};
    cells.push({ cell_type: typeof c.cell_type === "string" ? c.cell_type : "unknown", id: typeof c.id === "string" ? c.id : undefined, source, metadata });
  });
  const metadata = typeof o.metadata === "object" && o.metadata !== null ? (o.metadata as Record<string, unknown>) : {};
  const lang = (metadata.kernelspec as { language?: unknown } | undefined)?.language;
  if (lang !== undefined && lang !== "typescript") warnings.push(`the notebook's kernel language is ${JSON.stringify(lang)}, expected "typescript" (tslab)`);
  return { ok: true, notebook: { nbformat: 4, nbformat_minor: typeof o.nbformat_minor === "number" ? o.nbformat_minor : undefined, metadata, cells }, warnings };
}

/** Tags of a cell (`metadata.tags`), tolerant of bad metadata. */
export function cellTags(cell: Cell): string[] {
  const t = cell.metadata.tags;
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === "string") : [];
}

/** The exercise id a cell declares (`metadata.exercise.id`, or nbgrader's `grade_id`), if any. */
export function cellExerciseId(cell: Cell): string | undefined {
  const ex = cell.metadata.exercise as { id?: unknown } | undefined;
  if (ex && typeof ex.id === "string") return ex.id;
  const nb = cell.metadata.nbgrader as { grade_id?: unknown } | undefined;
  if (cellTags(cell).includes("exercise") && nb && typeof nb.grade_id === "string") return nb.grade_id;
  return undefined;
}
