/** Where things are: the grader package, the repository, the lib build, the sandbox runner. */
import * as fs from "node:fs";
import * as path from "node:path";

function findGraderRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const pj = path.join(dir, "package.json");
    if (fs.existsSync(pj)) {
      try {
        if ((JSON.parse(fs.readFileSync(pj, "utf8")) as { name?: string }).name === "@cv-roadmap/grader") return dir;
      } catch {
        /* keep looking */
      }
    }
    dir = path.dirname(dir);
  }
  throw new Error(`cannot find the @cv-roadmap/grader package above ${__dirname}`);
}

/** The grader package folder (grader/), whether running from dist/ or from sources under ts-jest. */
export const graderRoot = findGraderRoot();
/** The repository root (the folder above grader/). */
export const repoRoot = path.dirname(graderRoot);
/** Compiled grader files. */
export const graderDist = path.join(graderRoot, "dist");
/** The sandbox runner script (compiled). */
export const runnerPath = path.join(graderDist, "sandbox", "runner.js");
/** Default exercises folder (sources: tests.ts, solution.ts, mutants/). */
export const defaultExercisesDir = path.join(graderRoot, "exercises");
/** Default instructor notebooks folder. */
export const defaultNotebooksDir = path.join(repoRoot, "notebooks");

/** Resolve a package's folder (the one holding its package.json) from the repository. */
export function packageDir(name: string, from = repoRoot): string {
  return path.dirname(require.resolve(`${name}/package.json`, { paths: [from] }));
}
