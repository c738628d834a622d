/**
 * Step 6 — report: the same {@link GradingResults} as Gradescope's results.json, our own
 * report.json, student feedback in Markdown and a terminal table. Pure functions.
 *
 * Student-facing texts (results.json, feedback.md) never print the details of hidden tests (their
 * messages can contain expected values): only their name, score and pass/fail.
 */
import type { GradingResults, TestResult } from "../types";

/** One test in Gradescope's results.json. */
export interface GradescopeTest {
  name: string;
  score: number;
  max_score: number;
  status: "passed" | "failed";
  output: string;
  visibility: "visible" | "hidden" | "after_published" | "after_due_date";
  tags?: string[];
}

/** Gradescope's results.json (https://gradescope-autograders.readthedocs.io/en/latest/specs/). */
export interface GradescopeResults {
  score: number;
  execution_time: number;
  output: string;
  output_format: "text" | "md";
  stdout_visibility: "hidden" | "visible";
  tests: GradescopeTest[];
  extra_data: { sha256: string; possible: number; graded_at: string };
}

const OUTPUT_SHOWN = 4000;

function clip(text: string, n: number): string {
  return text.length > n ? text.slice(0, n) + "\n[…]" : text;
}

function studentMessage(t: TestResult): string {
  if (t.visibility === "visible") return t.message;
  return t.passed ? "passed" : t.message.startsWith("did not run") ? t.message : "failed (hidden test: details are not shown)";
}

/** Gradescope's results.json. Score = sum of test scores; student output is feedback only. */
export function toGradescope(r: GradingResults): GradescopeResults {
  const tests: GradescopeTest[] = [];
  const out: string[] = [];
  out.push(`Score: ${fmt(r.score)} / ${fmt(r.possible)} (computed by the grader; nothing your code prints can change it)`);
  for (const p of r.problems) out.push(`Problem with the notebook: ${p.message}`);
  for (const w of r.warnings) out.push(`Note: ${w}`);
  for (const e of r.exercises) {
    for (const m of e.messages) out.push(`[${e.id}] ${m}`);
    if (e.output.trim()) out.push(`[${e.id}] your code printed:\n${clip(e.output, OUTPUT_SHOWN)}`);
    for (const t of e.tests) {
      tests.push({
        name: `${e.id}: ${t.name}`,
        score: t.score,
        max_score: t.points,
        status: t.passed ? "passed" : "failed",
        output: studentMessage(t),
        visibility: t.visibility,
        tags: [e.id],
      });
    }
  }
  return {
    score: r.score,
    execution_time: Math.round(r.executionMs / 100) / 10,
    output: out.join("\n"),
    output_format: "text",
    stdout_visibility: "hidden",
    tests,
    extra_data: { sha256: r.sha256, possible: r.possible, graded_at: r.gradedAt },
  };
}

/** Our own report (everything, for instructors): the results plus a format version. */
export function toReport(r: GradingResults): { format: "cv-roadmap-grader/1" } & GradingResults {
  return { format: "cv-roadmap-grader/1", ...r };
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2).replace(/0+$/, "").replace(/\.$/, "");
}

/** Feedback for the student in Markdown (hidden tests: name and result only). */
export function toMarkdown(r: GradingResults): string {
  const lines = [`# Feedback: ${r.submission}`, "", `**Score: ${fmt(r.score)} / ${fmt(r.possible)}**`, ""];
  for (const p of r.problems) lines.push(`> **Problem:** ${p.message}`, "");
  for (const w of r.warnings) lines.push(`> Note: ${w}`, "");
  for (const e of r.exercises) {
    lines.push(`## ${e.id} — ${e.title}: ${fmt(e.score)} / ${fmt(e.points)}`, "");
    for (const m of e.messages) lines.push(`- ⚠ ${m}`);
    if (e.messages.length) lines.push("");
    lines.push("| | test | points | result |", "|---|---|---:|---|");
    for (const t of e.tests) {
      const msg = studentMessage(t).replace(/\|/g, "\\|").replace(/\n/g, " ");
      lines.push(`| ${t.passed ? "✔" : "✘"} | ${t.name.replace(/\|/g, "\\|")}${t.visibility === "visible" ? "" : " *(hidden)*"} | ${fmt(t.score)}/${fmt(t.points)} | ${msg} |`);
    }
    if (e.output.trim()) lines.push("", "<details><summary>What your code printed</summary>", "", "```text", clip(e.output, OUTPUT_SHOWN).replace(/```/g, "ˋˋˋ"), "```", "</details>");
    lines.push("");
  }
  return lines.join("\n");
}

/** A compact table for the terminal (instructor view: all tests, messages clipped). */
export function toTable(r: GradingResults, color = false): string {
  const g = (s: string) => (color ? `\x1b[32m${s}\x1b[0m` : s);
  const red = (s: string) => (color ? `\x1b[31m${s}\x1b[0m` : s);
  const lines = [`${r.submission}  ${fmt(r.score)}/${fmt(r.possible)}  (${(r.executionMs / 1000).toFixed(2)} s)`];
  for (const p of r.problems) lines.push(red(`  ! ${p.message}`));
  for (const w of r.warnings) lines.push(`  note: ${w}`);
  for (const e of r.exercises) {
    lines.push(`  ${e.id.padEnd(32)} ${fmt(e.score).padStart(6)}/${fmt(e.points).padEnd(4)} ${e.title}`);
    for (const m of e.messages) lines.push(`      ${red("!")} ${clip(m, 200)}`);
    for (const t of e.tests) {
      const mark = t.passed ? g("✔") : red("✘");
      lines.push(`      ${mark} ${t.name}${t.visibility === "visible" ? "" : " (hidden)"}  ${fmt(t.score)}/${fmt(t.points)}${t.passed ? "" : `  ${clip(t.message, 160)}`}`);
    }
  }
  return lines.join("\n");
}
