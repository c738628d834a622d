/**
 * Meta-tests (design §4 "honest tests"): for EVERY exercise in the manifest — the course's and the
 * grader's sample fixtures — graded through the real pipeline, sandbox included:
 * the stub from the instructor notebook scores 0, the reference solution scores full marks, every
 * mutant loses points, and there are at least 2 mutants. Variants are graded in parallel.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gradeNotebook, mapLimit } from "./api";
import { buildManifest, type Manifest, type ManifestExercise } from "./manifest";
import { defaultExercisesDir, defaultNotebooksDir, repoRoot } from "./paths";
import { readMutants, readSolution } from "./registry";
import { ensureBuilt, fixtureOptions, withCells } from "./testing/helpers";
import type { ExerciseResult } from "./types";

jest.setTimeout(600_000);

interface Variant {
  spec: ManifestExercise;
  kind: "stub" | "solution" | "mutant";
  name: string;
  source: string;
}

const suites: { name: string; notebooks: string; exercises: string }[] = [
  { name: "course exercises", notebooks: defaultNotebooksDir, exercises: defaultExercisesDir },
  { name: "grader sample exercises (fixtures)", ...fixtureOptions },
];

for (const suite of suites) {
  describe(suite.name, () => {
    const manifest: Manifest = buildManifest({ notebooks: suite.notebooks, exercises: suite.exercises });
    const results = new Map<string, ExerciseResult>();
    const key = (v: Pick<Variant, "kind" | "name"> & { id: string }) => `${v.id}::${v.kind}::${v.name}`;

    beforeAll(async () => {
      ensureBuilt();
      const variants: Variant[] = [];
      for (const spec of manifest.exercises) {
        variants.push({ spec, kind: "stub", name: "stub", source: spec.stub });
        try {
          variants.push({ spec, kind: "solution", name: "solution", source: readSolution(spec.id, spec.dir) });
        } catch {
          /* reported by its test */
        }
        for (const [name, source] of readMutants(spec.id, spec.dir)) variants.push({ spec, kind: "mutant", name, source });
      }
      const notebooks = new Map<string, unknown>();
      const nbFor = (spec: ManifestExercise) => {
        const file = path.isAbsolute(spec.notebook) ? spec.notebook : path.join(repoRoot, spec.notebook);
        if (!notebooks.has(file)) notebooks.set(file, JSON.parse(fs.readFileSync(file, "utf8")));
        return notebooks.get(file) as { cells: { source: string; metadata: Record<string, any> }[] };
      };
      await mapLimit(variants, Math.max(2, os.cpus().length), async (v) => {
        const nb = withCells(nbFor(v.spec), { [v.spec.id]: v.source });
        const r = await gradeNotebook(nb, { manifest, only: [v.spec.id], jobs: 1 });
        results.set(key({ id: v.spec.id, kind: v.kind, name: v.name }), r.exercises[0]!);
      });
    });

    test("the manifest matches the notebooks (ids, points, defined names)", () => {
      expect(manifest.errors).toEqual([]);
    });

    test("has exercises to check", () => {
      expect(manifest.exercises.length).toBeGreaterThan(0);
    });
    for (const spec of manifest.exercises) {
      describe(spec.id, () => {
        const explain = (r: ExerciseResult | undefined) =>
          r ? [...r.messages, ...r.tests.map((t) => `${t.passed ? "✔" : "✘"} ${t.name}: ${t.message}`)].join("\n") : "not graded";
        test("the stub from the notebook scores 0", () => {
          const r = results.get(key({ id: spec.id, kind: "stub", name: "stub" }));
          expect(r).toBeDefined();
          if (r!.score !== 0) throw new Error(`stub scored ${r!.score}:\n${explain(r)}`);
        });
        test("the reference solution scores full marks", () => {
          expect(fs.existsSync(path.join(spec.dir, spec.id, "solution.ts"))).toBe(true);
          const r = results.get(key({ id: spec.id, kind: "solution", name: "solution" }));
          if (!r || r.score !== spec.points) throw new Error(`solution scored ${r?.score} of ${spec.points}:\n${explain(r)}`);
        });
        const mutants = [...readMutants(spec.id, spec.dir).keys()];
        test("has at least 2 mutants, each starting with `// mutant: <what is wrong>`", () => {
          expect(mutants.length).toBeGreaterThanOrEqual(2);
          for (const [name, src] of readMutants(spec.id, spec.dir)) expect(`${name}: ${src.split("\n")[0]}`).toMatch(/^[^:]+: \/\/ mutant: \S/);
        });
        for (const m of mutants) {
          test(`mutant "${m}" loses points`, () => {
            const r = results.get(key({ id: spec.id, kind: "mutant", name: m }));
            expect(r).toBeDefined();
            if (r!.score >= spec.points) throw new Error(`mutant ${m} scored full marks (${r!.score}/${spec.points}): the tests do not catch it`);
          });
        }
      });
    }
  });
}
