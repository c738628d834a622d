/**
 * Step 5 — judge: in the trusted process, compare each output of the sandbox with the expected
 * value and award points. The student's process never sees expected values or points.
 */
import { comparatorFor } from "../define";
import type { SandboxOutcome } from "../sandbox/sandbox";
import type { ExerciseResult, TestCase, TestResult } from "../types";

/** Everything needed to judge one exercise. */
export interface JudgeInput {
  id: string;
  title: string;
  points: number;
  tests: readonly TestCase[];
  /** Expected value per test (same order as `tests`); an Error when the reference itself failed. */
  expected: readonly unknown[];
  /** The sandbox outcome, or undefined when the code never ran (missing cell, syntax error). */
  outcome?: SandboxOutcome;
  /** Why the code did not run, or notes (duplicated cell, syntax errors). */
  messages: readonly string[];
  /** Reason given to every test when `outcome` is undefined. */
  notRunReason?: string;
  ms?: number;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Award points test by test. Never throws (a comparator that throws fails its test). */
export function judge(input: JudgeInput): ExerciseResult {
  const { id, title, points, tests, expected, outcome } = input;
  const messages = [...input.messages];
  if (outcome?.loadError) messages.push(`your cell failed while loading: ${outcome.loadError}`);
  if (outcome?.abort) messages.push(outcome.abort);
  const results: TestResult[] = tests.map((t, i): TestResult => {
    const base = { exercise: id, name: t.name, visibility: t.visibility, points: t.points };
    const notRun = (why: string): TestResult => ({ ...base, score: 0, passed: false, message: `did not run: ${why}` });
    if (!outcome) return notRun(input.notRunReason ?? "your code did not run");
    if (outcome.loadError) return notRun("your cell failed while loading (see above)");
    if (expected[i] instanceof Error) return { ...base, score: 0, passed: false, message: `grader error: the reference failed (${(expected[i] as Error).message}); tell your instructor` };
    const r = outcome.results.get(i);
    if (!r) return notRun(outcome.abort ?? "the sandbox ended before this test");
    if (!r.ok) {
      const msg = r.notImplemented ? "not implemented yet: replace the stub's `throw` with your solution" : r.timedOut ? r.error : `your function threw ${r.error}`;
      return { ...base, score: 0, passed: false, message: msg + (t.hint && !r.notImplemented ? ` (hint: ${t.hint})` : ""), ms: r.ms };
    }
    const exp = expected[i];
    if (exp instanceof Error) return { ...base, score: 0, passed: false, message: `grader error: the reference failed (${exp.message}); tell your instructor`, ms: r.ms };
    let pass = false;
    let fraction = 0;
    let message = "";
    try {
      const v = comparatorFor(t.compare, exp)(r.value, exp, { ...(r.mats ? { mats: r.mats } : {}), ...(r.tensors ? { tensors: r.tensors } : {}) });
      pass = v.pass === true;
      fraction = Math.min(1, Math.max(0, typeof v.fraction === "number" && Number.isFinite(v.fraction) ? v.fraction : pass ? 1 : 0));
      message = v.message ?? "";
    } catch (e) {
      pass = false;
      message = `your result could not be compared (${e instanceof Error ? e.message : String(e)})`;
    }
    if (!pass && t.hint) message += ` (hint: ${t.hint})`;
    return { ...base, score: round(t.points * fraction), passed: pass, message: pass ? message || "passed" : message || "wrong result", ms: r.ms };
  });
  const score = round(results.reduce((s, r) => s + r.score, 0));
  return { id, title, points, score: Math.min(score, points), messages, output: outcome?.output ?? "", tests: results, ms: input.ms ?? outcome?.ms ?? 0 };
}
