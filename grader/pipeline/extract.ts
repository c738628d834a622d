/**
 * Step 3 — extractExercises: find, for each exercise of the manifest, the student's cell (matched by
 * the exercise id in its metadata; the student's metadata is never trusted for points, tests or names).
 */
import { cellExerciseId, cellTags, type Notebook } from "./parse";

/** What the grader knows about an exercise from the manifest (authoritative). */
export interface ExerciseSpec {
  id: string;
  /** The instructor notebook's setup cells (imports, constants), in order. */
  setup: readonly string[];
}

/** One exercise as found in a submission. */
export interface ExtractedExercise {
  id: string;
  /** The student's exercise cell, or undefined when missing. */
  source?: string;
  /** 0-based index of the cell in the notebook. */
  cellIndex?: number;
  messages: string[];
}

/** Result of extraction: one entry per manifest exercise plus notebook-level warnings. */
export interface Extraction {
  exercises: ExtractedExercise[];
  warnings: string[];
}

/** Match exercise cells by id. Missing → no source + message; duplicated → the first, + message. Never throws. */
export function extractExercises(notebook: Notebook, specs: readonly ExerciseSpec[]): Extraction {
  const byId = new Map<string, number[]>();
  const warnings: string[] = [];
  const known = new Set(specs.map((s) => s.id));
  notebook.cells.forEach((cell, i) => {
    if (cell.cell_type !== "code") return;
    const id = cellExerciseId(cell);
    if (id === undefined) {
      if (cellTags(cell).includes("exercise")) warnings.push(`cell ${i + 1} is tagged "exercise" but has no exercise id in its metadata; it was ignored`);
      return;
    }
    if (!known.has(id)) {
      warnings.push(`cell ${i + 1} declares exercise id ${JSON.stringify(id)}, which this course does not have; it was ignored (was an id renamed?)`);
      return;
    }
    const list = byId.get(id) ?? [];
    list.push(i);
    byId.set(id, list);
  });
  const exercises = specs.map((spec): ExtractedExercise => {
    const found = byId.get(spec.id);
    if (!found || found.length === 0) {
      return {
        id: spec.id,
        messages: [
          `exercise cell ${spec.id} not found: do not delete or rename exercise cells; its metadata id must stay ${JSON.stringify(spec.id)}. This exercise scores 0.`,
        ],
      };
    }
    const messages: string[] = [];
    if (found.length > 1) {
      messages.push(`exercise cell ${spec.id} appears ${found.length} times (cells ${found.map((i) => i + 1).join(", ")}); the first one was graded, the others were ignored`);
    }
    const cellIndex = found[0]!;
    return { id: spec.id, source: notebook.cells[cellIndex]!.source, cellIndex, messages };
  });
  return { exercises, warnings };
}
