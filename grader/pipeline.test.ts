/** Unit tests of each pipeline step on notebooks built in memory, plus check(), reports, the CLI and the bundle. */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gradeNotebook, selectExercises } from "./api";
import { namedDefinitions, runCheck } from "./check";
import { closeArray, closeImage, closeNumber, comparatorFor, defineExercise, exactEqual } from "./define";
import { buildManifest } from "./manifest";
import { extractExercises } from "./pipeline/extract";
import { judge } from "./pipeline/judge";
import { checkStructure, parse } from "./pipeline/parse";
import { buildProgram } from "./pipeline/transpile";
import { toGradescope, toMarkdown, toTable } from "./report/formats";
import { readZip, writeZip } from "./batch/zip";
import { buildGradescopeBundle } from "./bundle/gradescope";
import { graderDist, repoRoot } from "./paths";
import { ensureBuilt, fixtureOptions, sampleNotebook, solvedSample } from "./testing/helpers";
import type { TestCase } from "./types";

jest.setTimeout(120_000);
beforeAll(() => ensureBuilt());

const nb = (cells: { source: string; metadata?: object; cell_type?: string }[]) => ({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: "tslab", language: "typescript" } },
  cells: cells.map((c) => ({ cell_type: "code", metadata: {}, outputs: [], ...c })),
});

describe("parse and checkStructure", () => {
  test("valid JSON parses; a BOM is tolerated", () => {
    expect(parse('\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });
  test("cell sources given as line arrays are joined", () => {
    const st = checkStructure(nb([{ source: ["a\n", "b"] as unknown as string }]));
    expect(st.ok && st.notebook.cells[0]!.source).toBe("a\nb");
  });
  test("a non-TypeScript kernel is a warning, not an error", () => {
    const n = { ...nb([]), metadata: { kernelspec: { language: "python" } } };
    const st = checkStructure(n);
    expect(st.ok && st.warnings[0]).toMatch(/typescript/);
  });
});

describe("extractExercises", () => {
  const specs = [{ id: "a", setup: [] }, { id: "b", setup: [] }];
  test("matches cells by metadata id, reports missing and duplicated ones", () => {
    const st = checkStructure(
      nb([
        { source: "A1", metadata: { tags: ["exercise"], exercise: { id: "a" } } },
        { source: "A2", metadata: { tags: ["exercise"], exercise: { id: "a" } } },
        { source: "Z", metadata: { tags: ["exercise"], exercise: { id: "zzz" } } },
      ]),
    );
    if (!st.ok) throw new Error("bad fixture");
    const x = extractExercises(st.notebook, specs);
    expect(x.exercises[0]).toMatchObject({ id: "a", source: "A1", cellIndex: 0 });
    expect(x.exercises[0]!.messages[0]).toMatch(/appears 2 times/);
    expect(x.exercises[1]!.source).toBeUndefined();
    expect(x.exercises[1]!.messages[0]).toMatch(/exercise cell b not found/);
    expect(x.warnings[0]).toMatch(/"zzz"/);
  });
  test("nbgrader's grade_id is accepted on exercise-tagged cells", () => {
    const st = checkStructure(nb([{ source: "B", metadata: { tags: ["exercise"], nbgrader: { grade_id: "b" } } }]));
    if (!st.ok) throw new Error("bad fixture");
    expect(extractExercises(st.notebook, specs).exercises[1]!.source).toBe("B");
  });
});

describe("selectExercises: a submission is graded against its own notebook's exercises", () => {
  const spec = (id: string, notebook: string) => ({ id, notebook }) as unknown as import("./manifest").ManifestExercise;
  const specs = [spec("a1", "w01/d01-x.ipynb"), spec("a2", "w01/d01-x.ipynb"), spec("b1", "w01/d02-y.ipynb")];
  const withIds = (...ids: string[]) => {
    const st = checkStructure(nb(ids.map((id) => ({ source: "", metadata: { tags: ["exercise"], exercise: { id } } }))));
    if (!st.ok) throw new Error("bad fixture");
    return st.notebook;
  };
  test("by the exercise ids it contains (one deleted cell still selects its notebook)", () => {
    expect(selectExercises(withIds("a2"), specs).map((s) => s.id)).toEqual(["a1", "a2"]);
    expect(selectExercises(withIds("b1"), specs).map((s) => s.id)).toEqual(["b1"]);
  });
  test("by file name when no id matches, else every exercise", () => {
    expect(selectExercises(withIds(), specs, "alice-d02-y.ipynb").map((s) => s.id)).toEqual(["b1"]);
    expect(selectExercises(withIds(), specs, "whatever.ipynb")).toHaveLength(3);
  });
});

describe("buildProgram", () => {
  test("wraps setup + cell and returns the defined names", async () => {
    const p = buildProgram(["const K: number = 2;"], "function f(x: number) { return K * x; }", ["f", "g"]);
    if (!p.ok) throw new Error(p.errors.join());
    const fn = eval(p.js) as (r: unknown, m: unknown, e: unknown) => Promise<{ f: (x: number) => number; g: unknown }>;
    const defs = await fn(require, {}, {});
    expect(defs.f(3)).toBe(6);
    expect(defs.g).toBeUndefined();
  });
  test("top-level await works", async () => {
    const p = buildProgram([], "const v = await Promise.resolve(5);\nfunction f() { return v; }", ["f"]);
    if (!p.ok) throw new Error(p.errors.join());
    expect((await (eval(p.js) as Function)(require, {}, {})).f()).toBe(5);
  });
  test("syntax errors point at the line of the student's cell, or at the setup cell", () => {
    expect(buildProgram(["const a = 1;", "const b = 2;"], "function f() {\n  return 1 +;\n}", ["f"])).toEqual({ ok: false, errors: [expect.stringMatching(/^syntax error in your cell at line 2, column \d+: Expression expected/)] });
    const s = buildProgram(["const a = ;"], "function f() {}", ["f"]);
    expect(!s.ok && s.errors[0]).toMatch(/setup cell 1 at line 1/);
  });
});

describe("comparators", () => {
  const img = (data: number[], w = data.length, h = 1) => ({ width: w, height: h, channels: 1, data: Float32Array.from(data) });
  test("closeImage: shape, tolerance, NaN, and where it differs", () => {
    expect(closeImage(0.01)(img([0.5, 0.5]), img([0.5, 0.505])).pass).toBe(true);
    expect(closeImage(0.01)(img([0.5, 0.6]), img([0.5, 0.5])).message).toMatch(/x=1, y=0, c=0: got 0.6/);
    expect(closeImage(0.01)(img([0.5, NaN]), img([0.5, 0.5])).message).toMatch(/NaN/);
    expect(closeImage()(img([1, 2, 3, 4], 2, 2), img([1, 2, 3, 4], 4, 1)).message).toMatch(/wrong shape: got 2×2×1/);
  });
  test("closeNumber, closeArray, exactEqual", () => {
    expect(closeNumber(1e-3)(1.0005, 1).pass).toBe(true);
    expect(closeNumber()(NaN, 1).message).toMatch(/NaN/);
    expect(closeArray(0)([1, 2], [1, 3]).message).toMatch(/element 1/);
    expect(exactEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }).message).toMatch(/value.a\[1\].b/);
    expect(exactEqual([NaN], [NaN]).pass).toBe(true);
  });
  test("comparatorFor picks by the expected value's type", () => {
    expect(comparatorFor(1e-3, img([0])).name).toBe("");
    expect(comparatorFor(0.1, 1)(1.05, 1).pass).toBe(true);
    expect(comparatorFor(undefined, "x")("x", "x").pass).toBe(true);
  });
  test("defineExercise rejects points that do not add up and unknown call targets", () => {
    const t = (points: number, call?: string): TestCase => ({ name: `t${points}${call}`, points, visibility: "visible", input: () => [], expected: () => 0, call });
    expect(() => defineExercise({ id: "x", title: "x", points: 3, defines: ["f"], tests: [t(1)] })).toThrow(/add up to 1/);
    expect(() => defineExercise({ id: "x", title: "x", points: 1, defines: ["f"], tests: [t(1, "g")] })).toThrow(/calls g/);
    expect(() => defineExercise({ id: "Bad Id", title: "x", points: 1, defines: ["f"], tests: [t(1)] })).toThrow(/id must match/);
  });
});

describe("judge", () => {
  const tests: TestCase[] = [
    { name: "one", points: 1, visibility: "visible", input: () => [], expected: () => 1 },
    { name: "two", points: 2, visibility: "hidden", input: () => [], expected: () => 2, compare: () => { throw new Error("bad comparator"); } },
  ];
  test("scores per test; a throwing comparator fails its test; missing results did not run", () => {
    const r = judge({
      id: "e", title: "E", points: 3, tests, expected: [1, 2], messages: [],
      outcome: { results: new Map([[0, { ok: true as const, value: 1, ms: 1 }], [1, { ok: true as const, value: 2, ms: 1 }]]), output: "", ms: 5 },
    });
    expect(r.score).toBe(1);
    expect(r.tests[1]!.message).toMatch(/could not be compared/);
    const aborted = judge({ id: "e", title: "E", points: 3, tests, expected: [1, 2], messages: [], outcome: { results: new Map(), abort: "time limit exceeded", output: "", ms: 5 } });
    expect(aborted.tests.map((t) => t.message)).toEqual(["did not run: time limit exceeded", "did not run: time limit exceeded"]);
  });
});

describe("end to end on the fixture notebook (golden)", () => {
  const manifest = buildManifest(fixtureOptions);
  const strip = (r: object) => JSON.parse(JSON.stringify(r, (k, v) => (["ms", "executionMs", "gradedAt", "execution_time", "graded_at"].includes(k) ? undefined : v)));
  test("a half-right submission gives this exact report", async () => {
    const sub = solvedSample({ "sample-add": "function add(a: number, b: number): number {\n  return Math.round(a + b);\n}" });
    const r = await gradeNotebook(sub, { manifest, name: "golden.ipynb" });
    const golden = path.join(fixtureOptions.notebooks, "..", "golden", "half-right.results.json");
    const actual = strip(toGradescope(r));
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, JSON.stringify(actual, null, 2) + "\n");
    expect(actual).toEqual(JSON.parse(fs.readFileSync(golden, "utf8")));
    expect(r.score).toBe(6.5);
  });
  test("reports: hidden test details stay hidden from students", async () => {
    const sub = solvedSample({ "sample-add": "function add(a: number, b: number) { return 5; }" });
    const r = await gradeNotebook(sub, { manifest });
    const md = toMarkdown(r);
    expect(md).toMatch(/Score: 5\.5 \/ 7/);
    expect(md).not.toMatch(/expected -1\.25/);
    expect(md).toMatch(/hidden test: details are not shown/);
    expect(toTable(r)).toMatch(/got 5, expected -1.25/); // the instructor sees everything
    const gs = toGradescope(r);
    expect(gs.tests).toHaveLength(8);
    expect(gs.tests.every((t) => ["visible", "hidden", "after_published"].includes(t.visibility))).toBe(true);
    expect(gs.tests.reduce((s, t) => s + t.max_score, 0)).toBe(7);
  });
});

describe("check() in the notebook", () => {
  test("warns about an off-limits function only when the code calls it through its namespace", async () => {
    const logs: string[] = [];
    const spy = jest.spyOn(console, "log").mockImplementation((s: string) => void logs.push(s));
    try {
      const core = { flip: (img: unknown) => img };
      const calls = { flipHorizontal: (img: unknown) => core.flip(img) };
      // A function named like the library's, mentioning the namespace, but not calling it.
      const flip = (img: unknown) => /* core */ img;
      await runCheck("sample-flip", calls, { exercises: fixtureOptions.exercises });
      await runCheck("sample-flip", { flipHorizontal: flip }, { exercises: fixtureOptions.exercises });
    } finally {
      spy.mockRestore();
    }
    expect(logs[0]).toMatch(/Note: core\.flip will be unavailable while grading/);
    expect(logs[1]).not.toMatch(/Note:/);
  });

  test("takes the functions themselves, matched by name or by position, or an object", () => {
    function flipHorizontal(): void {}
    const anonymous = [() => 1, () => 2];
    expect(namedDefinitions(["flipHorizontal"], [flipHorizontal])).toEqual({ flipHorizontal });
    expect(namedDefinitions(["a", "b"], anonymous)).toEqual({ a: anonymous[0], b: anonymous[1] });
    expect(namedDefinitions(["a", "b"], [{ b: anonymous[1] }, anonymous[0]])).toEqual({ a: anonymous[0], b: anonymous[1] });
    expect(namedDefinitions(["a"], [])).toEqual({});
  });
  test("runs the public tests only and prints a table", async () => {
    const logs: string[] = [];
    const spy = jest.spyOn(console, "log").mockImplementation((s: string) => void logs.push(s));
    try {
      const s = await runCheck("sample-add", { add: (a: number, b: number) => a + b }, { exercises: fixtureOptions.exercises });
      expect(s).toMatchObject({ passed: 1, total: 1, score: 0.5, possible: 0.5, notImplemented: false });
      const stub = await runCheck("sample-add", { add: () => { throw new Error("not implemented yet: add"); } }, { exercises: fixtureOptions.exercises });
      expect(stub.notImplemented).toBe(true);
      const wrong = await runCheck("sample-flip", { flipHorizontal: (img: unknown) => img }, { exercises: fixtureOptions.exercises });
      expect(wrong.passed).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(logs[0]).toMatch(/sample-add — Add two numbers: 1\/1 public tests passed/);
    expect(logs[1]).toMatch(/Not implemented yet/);
    expect(logs[2]).toMatch(/✘ a 3×2 grey image checked by hand\n\s+pixel x=0/);
  });
  test("loading the registry is fast and loads neither TypeScript nor OpenCV", () => {
    const script = `const t=process.hrtime.bigint(); const g=require(${JSON.stringify(path.join(graderDist, "index.js"))}); require(${JSON.stringify(path.join(graderDist, "registry.js"))}).loadExercise("w01d01-flip"); const ms=Number(process.hrtime.bigint()-t)/1e6; console.log(JSON.stringify({ms, ts: Object.keys(require.cache).some(k=>k.includes("/typescript/")), cv: Object.keys(require.cache).some(k=>k.includes("opencv"))}))`;
    const out = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
    expect(out.ts).toBe(false);
    expect(out.cv).toBe(false);
    // Target 0.3 s on an idle machine; scaled by the load so a busy CI box does not flake.
    const load = Math.max(1, os.loadavg()[0]! / os.cpus().length);
    expect(out.ms).toBeLessThan(300 * load);
  });
});

describe("CLI", () => {
  const cli = path.join(graderDist, "cli", "grade.js");
  const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: repoRoot });
  const fx = ["--tests", fixtureOptions.exercises, "--notebooks", fixtureOptions.notebooks];
  test("exit codes: 0 graded, 1 usage, 2 not a notebook / unreadable, 3 manifest errors", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cvr-cli-"));
    const good = path.join(dir, "good.ipynb");
    fs.writeFileSync(good, JSON.stringify(sampleNotebook()));
    const bad = path.join(dir, "bad.ipynb");
    fs.writeFileSync(bad, "{nope");
    const ok = run([good, "--out", path.join(dir, "out"), "--json", ...fx]);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).score).toBe(0);
    for (const f of ["results.json", "report.json", "feedback.md"]) expect(fs.existsSync(path.join(dir, "out", f))).toBe(true);
    expect(run(["--bogus"]).status).toBe(1);
    expect(run([]).status).toBe(1);
    expect(run([bad, "--out", path.join(dir, "out2"), ...fx]).status).toBe(2);
    expect(run([path.join(dir, "missing.ipynb"), ...fx]).status).toBe(2);
    expect(run(["--check-manifest", ...fx]).status).toBe(0);
    const lonely = path.join(dir, "tests");
    fs.cpSync(fixtureOptions.exercises, lonely, { recursive: true });
    fs.mkdirSync(path.join(lonely, "orphan"));
    fs.writeFileSync(path.join(lonely, "orphan", "tests.ts"), "export default {}");
    const bad3 = run(["--check-manifest", "--tests", lonely, "--notebooks", fixtureOptions.notebooks]);
    expect(bad3.status).toBe(3);
    expect(bad3.stderr).toMatch(/orphan/);
  });
});

describe("zip and the Gradescope bundle", () => {
  test("writeZip → readZip round trip keeps names, bytes and modes", () => {
    const z = writeZip([{ name: "a/b.txt", data: Buffer.from("hello") }, { name: "run", data: Buffer.from("#!/bin/sh\n"), mode: 0o755 }]);
    const back = readZip(z);
    expect(back.map((e) => [e.name, e.data.toString(), e.mode])).toEqual([["a/b.txt", "hello", 0o644], ["run", "#!/bin/sh\n", 0o755]]);
    expect(() => readZip(Buffer.from("not a zip at all, clearly not"))).toThrow(/not a zip/);
  });
  test("the bundle has setup.sh, run_autograder, the compiled grader and tests, and no solutions or mutants", () => {
    const { zip, names } = buildGradescopeBundle({ tests: fixtureOptions.exercises, datasets: false });
    expect(names).toEqual(expect.arrayContaining(["setup.sh", "run_autograder", "package.json", "grader/dist/cli/grade.js", "grader/dist/sandbox/runner.js", "lib/dist/index.js", "hidden-tests/sample-add/tests.ts"]));
    expect(names.some((n) => /solution\.ts$|\/mutants\//.test(n))).toBe(false);
    const entries = readZip(zip);
    expect(entries.find((e) => e.name === "run_autograder")!.mode).toBe(0o755);
    expect(entries.find((e) => e.name === "run_autograder")!.data.toString()).toMatch(/--out \/autograder\/results/);
    // The system unzip agrees with our writer when it is installed.
    const unzip = spawnSync("unzip", ["-v"], { encoding: "utf8" });
    if (unzip.status === 0) {
      const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cvr-zip-")), "b.zip");
      fs.writeFileSync(f, zip);
      expect(spawnSync("unzip", ["-tq", f], { encoding: "utf8" }).status).toBe(0);
    }
  });
});
