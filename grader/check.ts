/**
 * `check(id, { fn })` — the notebook's self-check. Runs the exercise's PUBLIC tests in the student's
 * own kernel (no sandbox: it is their process), prints a pass/fail table with hints and returns a
 * summary. Loads one exercise module only (no TypeScript compiler, no OpenCV unless a test needs it).
 */
import { cloneArgs, comparatorFor } from "./define";
import { loadExercise } from "./registry";
import { installMatCounter } from "./sandbox/matCounter";
import type { CompareContext, TestCase } from "./types";

// Installed when a notebook's setup cell imports the grader — before the notebook makes its first
// Mat — so check() can tell a student which Mats their function forgot to delete().
const matCounter = installMatCounter();

/** `tf.memory().numTensors` when TensorFlow.js is loaded in this process (tfjs-core keeps its engine in a global), else undefined; never loads it. */
function liveTensors(): number | undefined {
  try {
    const engine = (globalThis as { _tfengine?: { memory?: () => { numTensors?: unknown } } })._tfengine;
    const n = typeof engine?.memory === "function" ? engine.memory().numTensors : undefined;
    return typeof n === "number" ? n : undefined;
  } catch {
    return undefined;
  }
}

/** Options of {@link check}. */
export interface CheckOptions {
  /** Folder of exercise folders. @default grader/exercises */
  exercises?: string;
  /** Print the table (set false in tests). @default true */
  print?: boolean;
}

/** One row of the check table. */
export interface CheckRow {
  name: string;
  points: number;
  passed: boolean;
  message: string;
}

/** What `check()` returns. */
export interface CheckSummary {
  id: string;
  passed: number;
  total: number;
  /** Points earned on the public tests (hidden tests are graded later). */
  score: number;
  possible: number;
  notImplemented: boolean;
  rows: CheckRow[];
}

function errorText(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    return "an unreadable error";
  }
}

/**
 * The functions given to `check()` by name: functions are matched to the exercise's `defines` by
 * their own name, else by position; an object maps names to functions.
 */
export function namedDefinitions(defines: readonly string[], provided: readonly unknown[]): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  const unnamed: unknown[] = [];
  for (const item of provided) {
    if (typeof item === "function") {
      if (defines.includes(item.name) && !(item.name in defs)) defs[item.name] = item;
      else unnamed.push(item);
    } else if (typeof item === "object" && item !== null) {
      Object.assign(defs, item);
    }
  }
  for (const name of defines) if (!(name in defs) && unnamed.length > 0) defs[name] = unnamed.shift();
  return defs;
}

/**
 * Run the public tests of exercise `id` against the function(s) you defined, in your own kernel,
 * and print a pass/fail table with hints. Pass the functions themselves (several when the exercise
 * defines several, in the order the exercise lists them), or an object of them. Returns nothing
 * (a notebook would echo a returned summary); `runCheck` returns it.
 * @example await check("w01d01-flip", flipHorizontal);
 */
export async function check(id: string, ...functions: unknown[]): Promise<void> {
  const def = loadExercise(id);
  await runCheck(id, namedDefinitions(def.defines, functions));
}

/** `check()` with options (another exercises folder, no printing): for tests and tools. */
export async function runCheck(id: string, defs: Record<string, unknown>, options: CheckOptions = {}): Promise<CheckSummary> {
  const { exercises, print = true } = options;
  const def = loadExercise(id, exercises);
  const publicTests = def.tests.filter((t) => t.visibility === "visible");
  const rows: CheckRow[] = [];
  let notImplemented = false;
  for (const t of publicTests as TestCase[]) {
    const fname = t.call ?? def.defines[0]!;
    const fn = defs?.[fname];
    if (typeof fn !== "function") {
      rows.push({ name: t.name, points: t.points, passed: false, message: `define ${fname} in the exercise cell, run it, then pass it: check("${id}", ${def.defines.join(", ")})` });
      continue;
    }
    const args = t.input();
    const expected = t.expected(...cloneArgs(args));
    let actual: unknown;
    matCounter.start();
    const tensorsBefore = liveTensors();
    try {
      actual = await (fn as (...a: unknown[]) => unknown)(...args);
    } catch (e) {
      const text = errorText(e);
      if (/not implemented yet/i.test(text)) notImplemented = true;
      rows.push({ name: t.name, points: t.points, passed: false, message: /not implemented yet/i.test(text) ? "not implemented yet" : `threw ${text}` });
      continue;
    }
    const tensorsAfter = liveTensors();
    const context: CompareContext = {
      ...(matCounter.active ? { mats: matCounter.count() } : {}),
      ...(tensorsBefore !== undefined && tensorsAfter !== undefined ? { tensors: { before: tensorsBefore, after: tensorsAfter } } : {}),
    };
    let verdict;
    try {
      verdict = comparatorFor(t.compare, expected)(actual, expected, context);
    } catch (e) {
      verdict = { pass: false, message: `could not compare: ${errorText(e)}` };
    }
    rows.push({ name: t.name, points: t.points, passed: verdict.pass, message: verdict.pass ? "" : `${verdict.message ?? "wrong result"}${t.hint ? ` — hint: ${t.hint}` : ""}` });
  }
  const passed = rows.filter((r) => r.passed).length;
  const summary: CheckSummary = {
    id,
    passed,
    total: rows.length,
    score: rows.reduce((s, r) => s + (r.passed ? r.points : 0), 0),
    possible: rows.reduce((s, r) => s + r.points, 0),
    notImplemented,
    rows,
  };
  const offLimits = [...(def.offLimits?.lib ?? []), ...(def.offLimits?.opencv ?? []).map((n) => `cv.${n}`)];
  const used = offLimits.filter((name) => {
    // `filters.convolve2d` is used when the source calls it through its namespace: `filters.convolve2d(`.
    const [namespace, member] = [name.slice(0, name.lastIndexOf(".")), name.slice(name.lastIndexOf(".") + 1)];
    const call = new RegExp(`\\b${namespace.replace(/\./g, "\\s*\\.\\s*")}\\s*\\.\\s*${member}\\s*\\(`);
    return Object.values(defs ?? {}).some((f) => typeof f === "function" && call.test(Function.prototype.toString.call(f)));
  });
  if (print) console.log(formatCheck(def.title, summary, used));
  return summary;
}

/** The table `check()` prints. */
export function formatCheck(title: string, s: CheckSummary, offLimitsUsed: readonly string[] = []): string {
  const lines = [`${s.id} — ${title}: ${s.passed}/${s.total} public tests passed`];
  for (const r of s.rows) lines.push(`  ${r.passed ? "✔" : "✘"} ${r.name}${r.passed ? "" : `\n      ${r.message}`}`);
  if (s.notImplemented) lines.push("\nNot implemented yet — replace the `throw` in the exercise cell with your solution, run it, then run this cell again. You can do it!");
  else if (s.passed === s.total) lines.push("\nAll public tests pass. The grader also runs hidden tests (other sizes, channels, edge cases).");
  if (offLimitsUsed.length > 0) lines.push(`\nNote: ${offLimitsUsed.join(", ")} will be unavailable while grading this exercise: write it yourself.`);
  return lines.join("\n");
}
