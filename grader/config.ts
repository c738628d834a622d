/** Grader configuration: every key has a description and a default (see {@link resolveConfig}). */
import * as os from "node:os";
import type { Manifest } from "./manifest";

export interface GradeOptions {
  /** A prebuilt manifest (reused across submissions in batch mode). @default built from `notebooks` + `exercises` */
  manifest?: Manifest;
  /** Instructor notebooks folder (or files) for the manifest. @default <repo>/notebooks */
  notebooks?: string | readonly string[];
  /** Exercises folder (tests, solutions, mutants): keep hidden tests outside the public repository. @default grader/exercises */
  exercises?: string;
  /** The instructor notebook this submission answers (path or file name); by default chosen by the exercise ids it contains. @default auto */
  assignment?: string;
  /** Grade only these exercise ids (others are left out of the results). @default all */
  only?: readonly string[];
  /** Sandboxes run at the same time for one submission. @default number of CPU cores */
  jobs?: number;
  /** Run sandboxes in a new network namespace when the OS allows it. @default true */
  isolateNetwork?: boolean;
  /** Bytes of student output kept per exercise. @default 65536 */
  outputCap?: number;
  /** Name shown in reports. @default the file name, or "submission" */
  name?: string;
  /** Type-check each exercise like tslab (warnings only; behaviour decides the score). Costs ≈ 1–3 s per submission. @default false */
  typecheck?: boolean;
}

export const defaultConfig = {
  jobs: Math.max(1, os.availableParallelism?.() ?? os.cpus().length),
  isolateNetwork: true,
  outputCap: 65536,
  typecheck: false,
} as const;
