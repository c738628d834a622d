/**
 * The course autograder. In a notebook: `import { check } from "@cv-roadmap/grader"` then
 * `await check("w01d03-convolve", convolve2d)`. For instructors: `gradeNotebook`, the CLI
 * (`npm run grade`) and the exercise-authoring helpers (`defineExercise`, comparators).
 */
export { check, runCheck, formatCheck, namedDefinitions } from "./check";
export type { CheckOptions, CheckRow, CheckSummary } from "./check";
export { defineExercise, test, closeImage, closeNumber, closeArray, exactEqual, comparatorFor, isImage } from "./define";
export * from "./types";
export { gradeNotebook, gradeExercise, manifestFor } from "./api";
export type { GradeOptions } from "./config";
export { buildManifest } from "./manifest";
export type { Manifest, ManifestExercise, ManifestOptions } from "./manifest";
