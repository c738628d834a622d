/**
 * Messages between the grader (parent) and the sandbox runner (child). Both sides use v8
 * serialization in length-prefixed frames: the request on fd 3 (parent → child), the results on
 * fd 4 (child → parent). The runner opens both before student code runs and keeps no handle on
 * them that student code could reach; student stdout/stderr go to fds 1 and 2 and are only feedback.
 */

import type { MatCount } from "./matCounter";

/** TensorFlow.js tensors alive (`tf.memory().numTensors`) just before and just after one call of the student's function. */
export interface TensorCount {
  before: number;
  after: number;
}

/** One test to run: the inputs only (never the expected output). */
export interface RunTest {
  index: number;
  /** Name of the defined function to call. */
  call: string;
  /** The arguments; a top-level function argument travels as a {@link FunctionArg}. */
  args: unknown[];
}

/**
 * A function given to the student's function as an argument (e.g. the `f` of a numeric gradient).
 * Functions cannot be serialized, so the parent sends the function's source and the runner
 * re-creates it inside the sandbox: such a function must be self-contained (an arrow function or a
 * function expression that uses only its parameters and globals such as `Math`, no closures).
 */
export interface FunctionArg {
  __cvrFunction: string;
}

/** What the child needs to run one exercise. */
export interface RunRequest {
  exerciseId: string;
  /** The wrapped program from `buildProgram`. */
  code: string;
  defines: string[];
  libPath: string;
  /** Namespace → module file of the lib (`core` → lib/dist/core/index.js), loaded lazily on first use; empty → load libPath whole. */
  libNamespaces: Record<string, string>;
  opencvPath: string;
  offLimits: { lib: string[]; opencv: string[] };
  tfjs: boolean;
  tests: RunTest[];
  loadTimeMs: number;
  testTimeMs: number;
}

/** Frames the child sends. `value` is the v8-serialized return value (deserialized by the parent). */
export type RunFrame =
  | { t: "loaded"; ms: number; types: Record<string, string> }
  | { t: "load-error"; message: string }
  | { t: "result"; index: number; ok: true; value: Uint8Array; ms: number; mats?: MatCount; tensors?: TensorCount }
  | { t: "result"; index: number; ok: false; error: string; notImplemented: boolean; timedOut: boolean; ms: number; mats?: MatCount; tensors?: TensorCount }
  | { t: "done" };
