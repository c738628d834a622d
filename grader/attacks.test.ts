/**
 * Design §9: every bad input and attack is a submission with its expected outcome — a clear
 * message, 0 for the attacked exercise, the other exercises still graded, the grader alive.
 * The attack goes in the `sample-add` (numbers) or `sample-flip` (images) cell of the fixture
 * notebook; the other cells hold the reference solutions.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gradeNotebook } from "./api";
import { buildManifest } from "./manifest";
import { fixtureOptions, ensureBuilt, sampleNotebook, solvedSample } from "./testing/helpers";
import { toGradescope } from "./report/formats";
import type { GradingResults } from "./types";

jest.setTimeout(120_000);
const manifest = buildManifest(fixtureOptions);
beforeAll(() => ensureBuilt());

const grade = (nb: unknown) => gradeNotebook(nb as object, { manifest, jobs: 2 });
const ex = (r: GradingResults, id: string) => r.exercises.find((e) => e.id === id)!;
const allText = (r: GradingResults, id: string) => {
  const e = ex(r, id);
  return [...e.messages, ...e.tests.map((t) => t.message)].join("\n");
};
/** The attacked exercise scores `score` (default 0) with a message matching `msg`; the others keep full marks. */
function expectContained(r: GradingResults, id: string, msg: RegExp, score = 0): void {
  expect(ex(r, id).score).toBe(score);
  expect(allText(r, id)).toMatch(msg);
  for (const e of r.exercises) if (e.id !== id) expect({ id: e.id, score: e.score }).toEqual({ id: e.id, score: e.points });
}

describe("unreadable submissions: 0 with a clear message, never a crash", () => {
  test("malformed JSON", async () => {
    const r = await gradeNotebook(Buffer.from('{"cells": [ {"cell_type": '), { manifest });
    expect(r.score).toBe(0);
    expect(r.possible).toBe(7);
    expect(r.problems[0]!.code).toBe("not-json");
    expect(r.problems[0]!.message).toMatch(/not valid JSON/);
  });
  test("a JSON file that is not a notebook", async () => {
    const r = await gradeNotebook(Buffer.from('[1, 2, 3]'), { manifest });
    expect(r.problems[0]!.code).toBe("not-notebook");
    expect(r.score).toBe(0);
  });
  test("a binary file", async () => {
    const r = await gradeNotebook(Buffer.from([0xff, 0xfe, 0x00, 0x89]), { manifest });
    expect(r.problems[0]!.code).toBe("not-json");
  });
  test("nbformat 3", async () => {
    const r = await gradeNotebook(Buffer.from(JSON.stringify({ nbformat: 3, nbformat_minor: 0, worksheets: [{ cells: [] }], metadata: {} })), { manifest });
    expect(r.problems[0]!.code).toBe("nbformat");
    expect(r.problems[0]!.message).toMatch(/nbformat 4/);
  });
  test("a missing file", async () => {
    const r = await gradeNotebook(path.join(os.tmpdir(), "does-not-exist.ipynb"), { manifest });
    expect(r.problems[0]!.code).toBe("unreadable");
  });
});

describe("exercise cells: the manifest is authoritative", () => {
  test("a deleted exercise cell scores 0 with a message; the others are graded", async () => {
    const nb = solvedSample();
    nb.cells = nb.cells.filter((c) => c.metadata.exercise?.id !== "sample-add");
    expectContained(await grade(nb), "sample-add", /exercise cell sample-add not found: do not delete or rename exercise cells; its metadata id must stay "sample-add"/);
  });
  test("a renamed exercise id scores 0 and is reported", async () => {
    const nb = solvedSample();
    nb.cells.find((c) => c.metadata.exercise?.id === "sample-add")!.metadata.exercise.id = "sample-add-v2";
    const r = await grade(nb);
    expectContained(r, "sample-add", /not found/);
    expect(r.warnings.join("\n")).toMatch(/sample-add-v2/);
  });
  test("duplicated exercise cells: the first one is graded, with a message", async () => {
    const nb = solvedSample({ "sample-add": "function add(a: number, b: number) { return a - b; }" });
    const i = nb.cells.findIndex((c) => c.metadata.exercise?.id === "sample-add");
    nb.cells.splice(i + 1, 0, { ...nb.cells[i]!, source: "function add(a: number, b: number) { return a + b; }" });
    const r = await grade(nb);
    expectContained(r, "sample-add", /appears 2 times .* the first one was graded/);
  });
  test("raising points, deleting tests or changing defines in the student's metadata changes nothing", async () => {
    const nb = solvedSample({ "sample-add": "function add(a: number, b: number) { return a - b; }" });
    const cell = nb.cells.find((c) => c.metadata.exercise?.id === "sample-add")!;
    cell.metadata.exercise = { id: "sample-add", points: 100, defines: ["nothing"], tests: [] };
    const r = await grade(nb);
    expect(r.possible).toBe(7);
    expect(ex(r, "sample-add").points).toBe(2);
    expect(ex(r, "sample-add").tests).toHaveLength(3);
    expect(ex(r, "sample-add").score).toBe(0);
  });
  test("setup cells are the instructor's: a student's extra import does not reach the sandbox", async () => {
    const nb = solvedSample();
    nb.cells.find((c) => c.metadata.tags?.includes("setup"))!.source = 'import * as fs from "fs";';
    const r = await grade(nb);
    expect(r.score).toBe(7);
  });
});

describe("code that does not compile or misbehaves", () => {
  test("a syntax error names the line of the cell", async () => {
    const r = await grade(solvedSample({ "sample-add": "function add(a: number, b: number) {\n  return a + ;\n}" }));
    expectContained(r, "sample-add", /syntax error in your cell at line 2/);
  });
  test("a type error that still runs is judged by its behaviour", async () => {
    const r = await gradeNotebook(solvedSample({ "sample-add": "function add(a: number, b: number): string {\n  return a + b;\n}" }), { manifest, typecheck: true });
    expect(r.score).toBe(7);
    expect(ex(r, "sample-add").messages.join("\n")).toMatch(/type error in your cell at line 2: Type 'number' is not assignable to type 'string'.*a warning/);
    expect(ex(r, "sample-flip").messages).toEqual([]);
  });
  test("an infinite loop in the function: time limit, 0, others graded", async () => {
    expectContained(await grade(solvedSample({ "sample-add": "function add(a: number, b: number) { while (true) {} }" })), "sample-add", /did not return within/);
  });
  test("an infinite loop at the top level of the cell", async () => {
    expectContained(await grade(solvedSample({ "sample-add": "while (true) {}\nfunction add(a: number, b: number) { return a + b; }" })), "sample-add", /failed while loading|time limit/);
  });
  test("deep recursion", async () => {
    expectContained(await grade(solvedSample({ "sample-add": "function add(a: number, b: number): number { return add(a, b) + 1; }" })), "sample-add", /call stack/);
  });
  test("memory blow-up with huge typed arrays", async () => {
    expectContained(
      await grade(solvedSample({ "sample-add": "const keep: Float64Array[] = [];\nfunction add(a: number, b: number) { for (;;) { const x = new Float64Array(1 << 24); x.fill(1); keep.push(x); } }" })),
      "sample-add",
      /memory limit/,
    );
  });
  test("memory blow-up with many small objects", async () => {
    expectContained(await grade(solvedSample({ "sample-add": "const keep: object[] = [];\nfunction add(a: number, b: number) { for (let i = 0; ; i++) keep.push({ i, a: new Array(1000).fill(i) }); }" })), "sample-add", /memory limit|ran out of memory|did not return within/); // near the heap limit V8 GCs hard: on a loaded machine the time limit may come first
  });
  test("huge output is capped and the result still counts", async () => {
    const r = await grade(solvedSample({ "sample-add": "function add(a: number, b: number) { for (let i = 0; i < 20000; i++) console.log('spam '.repeat(20)); return a + b; }" }));
    expect(r.score).toBe(7);
    const out = ex(r, "sample-add").output;
    expect(out.length).toBeLessThan(70_000);
    expect(out.slice(-40)).toMatch(/\[output truncated\]$/);
  });
  test("never-resolving promises", async () => {
    expectContained(await grade(solvedSample({ "sample-add": "async function add(a: number, b: number): Promise<number> { return new Promise(() => {}); }" })), "sample-add", /never resolves/);
  });
  test("a top-level await that never resolves", async () => {
    expectContained(await grade(solvedSample({ "sample-add": "await new Promise(() => {});\nfunction add(a: number, b: number) { return a + b; }" })), "sample-add", /failed while loading/);
  });
  test("an exception thrown from a timer does not take other tests down", async () => {
    const r = await grade(solvedSample({ "sample-add": "setTimeout(() => { throw new Error('late'); }, 0);\nfunction add(a: number, b: number) { return a + b; }" }));
    expect(r.score).toBe(7);
  });
});

describe("escaping the sandbox", () => {
  test.each([
    ["process.exit", "process.exit(0);"],
    ["process.kill of the grader", "process.kill(process.ppid, 'SIGKILL');"],
    ["process.abort", "process.abort();"],
    ["process.reallyExit", "(process as any).reallyExit(0);"],
  ])("%s is disarmed", async (_name, code) => {
    const r = await grade(solvedSample({ "sample-add": `function add(a: number, b: number) { ${code} return a + b; }` }));
    expectContained(r, "sample-add", /not available while grading/);
  });
  test.each([
    ["require('fs')", "require('fs').readFileSync"],
    ["require('child_process')", "require('child_process').execSync"],
    ["require('http')", "require('http').get"],
    ["require('net')", "require('net').connect"],
    ["require('worker_threads')", "require('worker_threads').Worker"],
    ["require('vm')", "require('vm').runInThisContext"],
    ["require('module')", "require('module').createRequire"],
    ["process.binding('fs')", "(process as any).binding('fs')"],
    ["process.getBuiltinModule('fs')", "(process as any).getBuiltinModule('fs')"],
  ])("%s is blocked", async (_name, expr) => {
    const r = await grade(solvedSample({ "sample-add": `function add(a: number, b: number) { const x = ${expr}; return a + b; }` }));
    expectContained(r, "sample-add", /not available while grading/);
  });
  test("fetch does not exist", async () => {
    expectContained(await grade(solvedSample({ "sample-add": "async function add(a: number, b: number) { await fetch('http://example.com'); return a + b; }" })), "sample-add", /fetch is not defined/);
  });
  test("reading the hidden tests or the solution through OpenCV's file system fails", async () => {
    const target = path.join(fixtureOptions.exercises, "sample-add", "solution.ts");
    const r = await grade(
      solvedSample({
        "sample-add": `const { cv } = require("opencv-wasm");\nlet text = "";\ntry { text = String((cv as any).FS.readFile(${JSON.stringify(target)}, { encoding: "utf8" })); } catch (e) { text = "blocked"; }\nfunction add(a: number, b: number) { if (text.includes("return a + b")) return a + b; return -1; }`,
      }),
    );
    expect(ex(r, "sample-add").score).toBe(0);
  });
  test("a stray rejected promise in a submission, after loading OpenCV, does not end grading", async () => {
    const r = await grade(solvedSample({ "sample-add": 'const { cv } = require("opencv-wasm");\nvoid Promise.reject(new Error("stray"));\nfunction add(a: number, b: number) { return a + b; }' }));
    expect(r.score).toBe(7);
  });
  test("writing the report path fails and the report is the grader's", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "cvr-report-"));
    const target = path.join(out, "results.json");
    fs.writeFileSync(target, "grader's");
    const r = await grade(
      solvedSample({
        "sample-add": `const { cv } = require("opencv-wasm");\ntry { (cv as any).FS.writeFile(${JSON.stringify(target)}, '{"score": 100}'); } catch {}\nfunction add(a: number, b: number) { return a - b; }`,
      }),
    );
    expect(fs.readFileSync(target, "utf8")).toBe("grader's");
    expect(ex(r, "sample-add").score).toBe(0);
  });
  test("the off-limits lib and OpenCV functions throw, also through cvbridge.opencv()", async () => {
    const r = await grade(solvedSample({ "sample-flip": "function flipHorizontal(img: Image): Image { return core.flip(img, 'h'); }", "sample-threshold": "function threshold(img: Image, t: number): Image { const cv = cvbridge.opencv(); const m = cvbridge.toMat(img); const d = new cv.Mat(); cv.threshold(m, d, t, 1, cv.THRESH_BINARY); return cvbridge.fromMat(d); }" }));
    expect(ex(r, "sample-flip").score).toBe(0);
    expect(allText(r, "sample-flip")).toMatch(/core\.flip is off-limits while grading sample-flip: write it yourself/);
    expect(ex(r, "sample-threshold").score).toBe(0);
    expect(allText(r, "sample-threshold")).toMatch(/cv\.threshold is off-limits/);
    expect(ex(r, "sample-add").score).toBe(2);
  });
});

describe("fooling the checks", () => {
  test.each([
    ["Math", "Math.abs = () => 0; Math.max = () => 0;"],
    ["Array.prototype", "Array.prototype.every = () => true; Array.prototype.some = () => false;"],
    ["JSON", "JSON.stringify = () => '{}'; JSON.parse = () => ({ score: 100 });"],
    ["console", "console.log = () => {}; console.error = () => {};"],
    ["Object.prototype", "(Object.prototype as any).pass = true; (Object.prototype as any).score = 100;"],
    ["Number.isNaN / Object.is", "Number.isNaN = () => false; Object.is = () => true;"],
  ])("monkey-patching %s changes nothing (judging happens in the parent)", async (_name, patch) => {
    const r = await grade(solvedSample({ "sample-add": `${patch}\nfunction add(a: number, b: number) { return a - b; }` }));
    expect(ex(r, "sample-add").score).toBe(0);
    expect(ex(r, "sample-flip").score).toBe(3);
  });
  test("printing fake scores and fake Gradescope JSON is only feedback", async () => {
    const fake = 'console.log("Score: 100/100"); console.log(JSON.stringify({ score: 100, tests: [{ name: "x", score: 100, max_score: 100 }] }));';
    const r = await grade(solvedSample({ "sample-add": `${fake}\nfunction add(a: number, b: number) { ${fake} return a - b; }` }));
    expect(ex(r, "sample-add").score).toBe(0);
    expect(ex(r, "sample-add").output).toMatch(/Score: 100\/100/);
    const gs = toGradescope(r);
    expect(gs.score).toBe(5);
    expect(gs.tests.filter((t) => t.name.startsWith("sample-add")).every((t) => t.score === 0)).toBe(true);
  });
});

describe("returning wrong types", () => {
  test.each([
    ["a string", "return 'not an image' as any;", /expected an Image/],
    ["NaN", "return NaN as any;", /expected an Image/],
    ["an object without data", "return { width: img.width, height: img.height, channels: img.channels } as any;", /Float32Array/],
    ["a plain array as data", "return { ...img, data: Array.from(img.data) } as any;", /Float32Array/],
    ["a wrong shape", "return core.createImage(img.width + 1, img.height, img.channels);", /wrong shape/],
    ["a Proxy that throws on access", "return new Proxy({}, { get() { throw new Error('trap'); } }) as any;", /trap|cannot be sent back|could not be cloned/],
    ["a getter that loops", "return { width: 1, height: 1, channels: 1, get data(): any { for (;;) {} } } as any;", /could not be read within/],
    ["a function", "return (() => 1) as any;", /cannot be sent back|could not be cloned/],
    ["undefined", "return undefined as any;", /expected an Image/],
  ])("%s scores 0 with a clear message", async (_name, body, msg) => {
    const r = await grade(solvedSample({ "sample-flip": `function flipHorizontal(img: Image): Image { ${body} }` }));
    expectContained(r, "sample-flip", msg);
  });
  test("NaN where a number is expected", async () => {
    expectContained(await grade(solvedSample({ "sample-add": "function add(a: number, b: number) { return NaN; }" })), "sample-add", /got NaN/);
  });
  test("a cell that defines the wrong name", async () => {
    expectContained(await grade(solvedSample({ "sample-add": "function plus(a: number, b: number) { return a + b; }" })), "sample-add", /must define a function add/);
  });
});

test("the grader is still alive and grades a clean submission fully after all of this", async () => {
  const r = await grade(solvedSample());
  expect(r.score).toBe(7);
  void sampleNotebook;
});
