/**
 * Typed records shared by every step of the grader pipeline
 * (`parse → checkStructure → extractExercises → sandboxRun → judge → report`).
 */

import type { MatCount } from "./sandbox/matCounter";
import type { TensorCount } from "./sandbox/protocol";
export type { MatCount, TensorCount };

/** Who sees a test's result, in Gradescope's vocabulary. */
export const Visibility = { visible: "visible", hidden: "hidden", afterPublished: "after_published" } as const;
export type Visibility = (typeof Visibility)[keyof typeof Visibility];

/** What a comparator says about one output: pass/fail, a message a student can act on, optional partial credit. */
export interface Verdict {
  pass: boolean;
  /** Why it failed (or a note when it passed). */
  message?: string;
  /** Fraction of the test's points in [0, 1]; default 1 when `pass`, 0 otherwise. */
  fraction?: number;
}

/**
 * What the grader measured while the student's function ran, besides its return value. Fields are
 * absent where they could not be measured (e.g. `mats` in `check()` when OpenCV was loaded first).
 */
export interface CompareContext {
  /** OpenCV Mats the call created, and how many of those it left undeleted (see sandbox/matCounter.ts). */
  mats?: MatCount;
  /**
   * TensorFlow.js tensors alive before and after the call (`after − before` = tensors it leaked), for
   * exercises with `allowTfjs`; in `check()` when TensorFlow.js is loaded in the kernel.
   */
  tensors?: TensorCount;
}

/** Compares the student's output with the expected one. Runs in the trusted process only. */
export type Comparator = (actual: unknown, expected: unknown, context?: CompareContext) => Verdict;

/** One test of an exercise. `input` and `expected` run in the trusted (parent) process only. */
export interface TestCase<Args extends unknown[] = any[]> {
  /** Unique within the exercise, shown to students. */
  name: string;
  /** Points for passing; ≥ 0. */
  points: number;
  /** `visible` tests also drive `check()` in the notebook; `hidden` ones only the grader. */
  visibility: Visibility;
  /** Seeded inputs (deterministic). Values must be structured-cloneable (numbers, arrays, typed arrays, Images). */
  input: () => Args;
  /** The reference output for these inputs (computed with the lib or opencv-wasm). */
  expected: (...args: Args) => unknown;
  /** A tolerance (number → image/number/array comparison chosen by the expected value's type) or a comparator. @default 1e-6 */
  compare?: number | Comparator;
  /** Which defined function to call. @default the exercise's `defines[0]` */
  call?: string;
  /** A hint printed by `check()` and in feedback when the test fails. */
  hint?: string;
}

/** Where the exercise's off-limits functions live: `lib` as `"namespace.name"`, `opencv` as `cv` member names. */
export interface OffLimits {
  lib?: readonly string[];
  opencv?: readonly string[];
}

/** Resource limits of the sandbox running one exercise. */
export interface Limits {
  /** Wall-clock limit for loading the cell and running every test (the child is SIGKILLed after). @default 20000 */
  timeMs?: number;
  /** Limit for one call of the student's function (synchronous part interrupted, promises raced). @default 5000 */
  testTimeMs?: number;
  /** V8 heap limit; the child is also killed when its resident memory exceeds this + 256 MB (wasm, buffers). @default 512 */
  memoryMb?: number;
}

/** An exercise as its `tests.ts` declares it. */
export interface ExerciseDefinition {
  id: string;
  title: string;
  points: number;
  /** Names the exercise cell must define; the first one is called by default. */
  defines: readonly string[];
  offLimits?: OffLimits;
  limits?: Limits;
  /** Allow `require("@tensorflow/tfjs*")` (and native addons for tfjs-node) in the sandbox. @default false */
  allowTfjs?: boolean;
  tests: readonly TestCase[];
}

/** One test's outcome. */
export interface TestResult {
  exercise: string;
  name: string;
  visibility: Visibility;
  points: number;
  score: number;
  passed: boolean;
  message: string;
  ms?: number;
}

/** One exercise's outcome. */
export interface ExerciseResult {
  id: string;
  title: string;
  points: number;
  score: number;
  /** Messages about the whole exercise (missing cell, syntax error, crash, timeout, type warnings). */
  messages: string[];
  /** What the student's code printed (capped). Feedback only, never parsed. */
  output: string;
  tests: TestResult[];
  ms: number;
}

/** A problem with the notebook as a whole (not JSON, not a notebook, nbformat 3…). */
export interface NotebookProblem {
  code: "not-json" | "not-notebook" | "nbformat" | "unreadable";
  message: string;
}

/** Everything about one graded submission. */
export interface GradingResults {
  submission: string;
  /** SHA-256 of the submission's bytes. */
  sha256: string;
  score: number;
  possible: number;
  exercises: ExerciseResult[];
  /** Notebook-level problems (the submission scores 0 when it cannot be read). */
  problems: NotebookProblem[];
  /** Non-fatal notes (duplicated cells, structure). */
  warnings: string[];
  executionMs: number;
  gradedAt: string;
}
