/**
 * `npm run grade -- --gradescope-bundle OUT.zip`: a Gradescope autograder zip. It mirrors the
 * repository subset the grader needs (lib/dist, grader/dist, instructor notebooks, datasets, the
 * exercises' tests — never solutions or mutants) plus `setup.sh` (Node 20 + npm dependencies) and
 * `run_autograder` (grades /autograder/submission/*.ipynb into /autograder/results/results.json).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { repoRoot } from "../paths";
import { writeZip, type ZipEntry } from "../batch/zip";

const SETUP = `#!/usr/bin/env bash
# Gradescope image build: Node.js 20 and the grader's npm dependencies.
set -euo pipefail
apt-get update -qq
apt-get install -y -qq curl ca-certificates util-linux >/dev/null
if ! command -v node >/dev/null || ! node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)'; then
  curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
  apt-get install -y -qq nodejs >/dev/null
fi
cd /autograder/source
npm install --omit=dev --no-audit --no-fund --loglevel=error
`;

const RUN = (testsArg: string) => `#!/usr/bin/env bash
# Grade the first notebook of the submission; results.json is written by the grader, never by student code.
set -uo pipefail
cd /autograder/source
mkdir -p /autograder/results
NB=$(find /autograder/submission -name '*.ipynb' -not -path '*/.ipynb_checkpoints/*' | sort | head -n 1)
if [ -z "$NB" ]; then
  echo '{"score": 0, "output": "No .ipynb file was found in your submission: upload your notebook (File → Download in Jupyter).", "tests": []}' > /autograder/results/results.json
  exit 0
fi
node grader/dist/cli/grade.js "$NB" --out /autograder/results --notebooks notebooks ${testsArg}
`;

function walk(dir: string, rel: string, out: ZipEntry[], keep: (rel: string) => boolean): void {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    const r = path.posix.join(rel, e.name);
    if (e.isDirectory()) walk(p, r, out, keep);
    else if (e.isFile() && keep(r)) out.push({ name: r, data: fs.readFileSync(p) });
  }
}

/** Options of {@link buildGradescopeBundle}. */
export interface BundleOptions {
  /** A private exercises folder to ship instead of grader/exercises. @default grader/exercises (compiled in grader/dist) */
  tests?: string;
  /** Include datasets/ (needed when tests load bundled images). @default true */
  datasets?: boolean;
}

/** Build the zip bytes; returns the entry names too (for the CLI's summary and tests). */
export function buildGradescopeBundle(options: BundleOptions = {}): { zip: Buffer; names: string[] } {
  const { tests, datasets = true } = options;
  const entries: ZipEntry[] = [];
  const rootPkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  const libPkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "lib", "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  const deps: Record<string, string> = { ...(libPkg.dependencies ?? {}) };
  if (rootPkg.dependencies?.["opencv-wasm"]) deps["opencv-wasm"] = rootPkg.dependencies["opencv-wasm"];
  deps.typescript = rootPkg.devDependencies?.typescript ?? "^5.9.3";
  const pkg = { name: "cv-roadmap-autograder", private: true, workspaces: ["lib", "grader"], dependencies: deps };
  entries.push({ name: "package.json", data: Buffer.from(JSON.stringify(pkg, null, 2) + "\n") });
  entries.push({ name: "setup.sh", data: Buffer.from(SETUP), mode: 0o755 });
  entries.push({ name: "run_autograder", data: Buffer.from(RUN(tests ? "--tests hidden-tests" : "")), mode: 0o755 });
  entries.push({ name: "lib/package.json", data: fs.readFileSync(path.join(repoRoot, "lib", "package.json")) });
  entries.push({ name: "grader/package.json", data: fs.readFileSync(path.join(repoRoot, "grader", "package.json")) });
  const noMaps = (r: string) => !r.endsWith(".map") && !r.endsWith(".tsbuildinfo");
  walk(path.join(repoRoot, "lib", "dist"), "lib/dist", entries, noMaps);
  walk(path.join(repoRoot, "grader", "dist"), "grader/dist", entries, (r) => noMaps(r) && !r.startsWith("grader/dist/bench/"));
  walk(path.join(repoRoot, "notebooks"), "notebooks", entries, (r) => r.endsWith(".ipynb") && !r.includes(".ipynb_checkpoints"));
  if (datasets) walk(path.join(repoRoot, "datasets"), "datasets", entries, () => true);
  const srcTests = tests ?? path.join(repoRoot, "grader", "exercises");
  const keepTests = (r: string) => !/\/solution\.ts$/.test(r) && !/\/mutants\//.test(r);
  if (tests) walk(tests, "hidden-tests", entries, keepTests);
  else walk(srcTests, "grader/exercises", entries, keepTests);
  return { zip: writeZip(entries), names: entries.map((e) => e.name) };
}
