/**
 * Batch mode: stored by content hash before grading, a pool of workers, a gradebook with one row
 * per submission; a worker SIGKILLed mid-grading gets its submission re-graded once — never lost,
 * never double-counted. Resuming on the same folder grades nothing twice.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gradeBatch, collectSubmissions } from "./batch/batch";
import { Store } from "./batch/store";
import { writeZip } from "./batch/zip";
import { buildManifest } from "./manifest";
import { ensureBuilt, fixtureOptions, sampleNotebook, solvedSample } from "./testing/helpers";

jest.setTimeout(180_000);
beforeAll(() => ensureBuilt());
const manifest = buildManifest(fixtureOptions);

function submissions(n: number): { name: string; bytes: Buffer }[] {
  const out: { name: string; bytes: Buffer }[] = [];
  for (let i = 0; i < n; i++) {
    const nb = i % 3 === 0 ? sampleNotebook() : solvedSample(i % 3 === 1 ? {} : { "sample-add": `function add(a: number, b: number) { return a + b + ${i}; }` });
    (nb as unknown as { metadata: Record<string, unknown> }).metadata.student = `s${i}`; // distinct bytes
    out.push({ name: `student-${String(i).padStart(2, "0")}.ipynb`, bytes: Buffer.from(JSON.stringify(nb)) });
  }
  return out;
}

function readGradebook(file: string): string[][] {
  return fs.readFileSync(file, "utf8").trim().split("\n").map((l) => l.split(","));
}

test("a worker killed with SIGKILL mid-grading: its submission is re-graded, each appears exactly once", async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "cvr-batch-"));
  const inputs = submissions(8);
  let killed = 0;
  const s = await gradeBatch(inputs, {
    ...fixtureOptions,
    manifest,
    out,
    workers: 2,
    progress: false,
    onDispatch: (worker, sub) => {
      if (killed === 0 && sub.name === "student-03.ipynb") {
        killed++;
        setTimeout(() => worker.kill("SIGKILL"), 30);
      }
    },
  });
  expect(killed).toBe(1);
  expect(s.requeued).toBeGreaterThanOrEqual(1);
  const rows = readGradebook(s.gradebookPath);
  expect(rows[0]).toEqual(["submission", "sha256", "sample-add", "sample-flip", "sample-threshold", "total", "possible"]);
  const names = rows.slice(1).map((r) => r[0]);
  expect(names.sort()).toEqual(inputs.map((i) => i.name).sort());
  const byName = new Map(rows.slice(1).map((r) => [r[0], r]));
  expect(byName.get("student-00.ipynb")!.slice(-2)).toEqual(["0", "7"]);
  expect(byName.get("student-01.ipynb")!.slice(-2)).toEqual(["7", "7"]);
  expect(byName.get("student-03.ipynb")!.slice(-2)).toEqual(["0", "7"]);
  expect(byName.get("student-05.ipynb")!.slice(-2)).toEqual(["5", "7"]);
  // The ledger: every submission stored before grading, graded exactly once.
  const events = new Store(out).events();
  const graded = events.filter((e) => e.event === "graded").map((e) => e.sha256);
  expect(new Set(graded).size).toBe(graded.length);
  expect(graded.length).toBe(8);
  const firstGraded = events.findIndex((e) => e.event === "graded");
  expect(events.slice(0, firstGraded).filter((e) => e.event === "stored")).toHaveLength(8);
  for (const sub of s.submissions) expect(fs.existsSync(path.join(out, "store", `${sub.sha256}.ipynb`))).toBe(true);
  // Resume: nothing is graded twice.
  const again = await gradeBatch(inputs, { ...fixtureOptions, manifest, out, workers: 2, progress: false });
  expect(again.graded).toBe(0);
  expect(readGradebook(again.gradebookPath)).toHaveLength(9);
});

test("a zip of submissions (with junk entries) is graded like a folder", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cvr-zip-batch-"));
  const zipPath = path.join(dir, "subs.zip");
  const subs = submissions(2);
  fs.writeFileSync(zipPath, writeZip([...subs.map((s) => ({ name: `class/${s.name}`, data: s.bytes })), { name: "__MACOSX/class/._x.ipynb", data: Buffer.from("junk") }, { name: "class/readme.txt", data: Buffer.from("hi") }]));
  const inputs = collectSubmissions(zipPath);
  expect(inputs.map((i) => i.name)).toEqual(["class/student-00.ipynb", "class/student-01.ipynb"]);
  const s = await gradeBatch(inputs, { ...fixtureOptions, manifest, out: path.join(dir, "out"), workers: 2, progress: false });
  expect(readGradebook(s.gradebookPath).slice(1).map((r) => r.slice(-2))).toEqual([["0", "7"], ["7", "7"]]);
});
