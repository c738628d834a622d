/**
 * Exercises that declare `allowTfjs` run TensorFlow.js on its native backend inside the sandbox:
 * the runner loads the tfjs-node addon before it disarms `process.dlopen`, and the lib's `nn.tf()`
 * (whose backend picker must cope with the sandbox's frozen `process.env`) gets that same instance.
 * Each result carries `tensors: {before, after}` (tf.memory().numTensors around the call), which the
 * judge gives comparators as `context.tensors`. Without `allowTfjs`, TensorFlow.js stays unreachable.
 */
import { judge } from "../pipeline/judge";
import { buildProgram } from "../pipeline/transpile";
import type { Comparator, TestCase } from "../types";
import { packageDir } from "../paths";
import { ensureBuilt } from "../testing/helpers";
import { sandboxRun } from "./sandbox";

jest.setTimeout(120_000);


const cell = `
function backend(): string {
  return nn.tf().getBackend();
}
function sameInstance(): boolean {
  return require("@tensorflow/tfjs-node") === nn.tf();
}
function sum(values: number[]): number {
  const tf = nn.tf();
  return tf.tidy(() => tf.tensor1d(values).sum().dataSync()[0]);
}
function leaky(k: number): number {
  const tf = nn.tf();
  for (let i = 0; i < k; i++) tf.scalar(i);
  return k;
}
async function leakyThenThrows(): Promise<number> {
  nn.tf().zeros([2]);
  throw new Error("boom");
}`;

const defines = ["backend", "sameInstance", "sum", "leaky", "leakyThenThrows"];
async function run(tfjs: boolean) {
  ensureBuilt();
  const program = buildProgram(['import { nn } from "@cv-roadmap/lib";'], cell, defines);
  if (!program.ok) throw new Error(program.errors.join("\n"));
  return sandboxRun(
    {
      exerciseId: "tfjs-sandbox-test",
      code: program.js,
      defines,
      libPath: require.resolve(packageDir("@cv-roadmap/lib")),
      libNamespaces: {},
      opencvPath: packageDir("opencv-wasm"),
      offLimits: { lib: [], opencv: [] },
      tfjs,
      tests: [
        { index: 0, call: "backend", args: [] },
        { index: 1, call: "sameInstance", args: [] },
        { index: 2, call: "sum", args: [[1, 2, 3.5]] },
        { index: 3, call: "leaky", args: [3] },
        { index: 4, call: "leakyThenThrows", args: [] },
      ],
      loadTimeMs: 30_000,
      testTimeMs: 30_000,
    },
    { timeMs: 60_000, memoryMb: 1024 },
  );
}

const value = (o: Awaited<ReturnType<typeof run>>, i: number) => {
  const r = o.results.get(i);
  return r && r.ok ? r.value : `error: ${r ? (r as { error: string }).error : "no result"}`;
};

test("with allowTfjs, nn.tf() in the sandbox is the native backend (the addon loaded before dlopen was disarmed)", async () => {
  const o = await run(true);
  expect(o.abort).toBeUndefined();
  expect(value(o, 0)).toBe("tensorflow");
  expect(value(o, 1)).toBe(true);
  expect(value(o, 2)).toBeCloseTo(6.5, 6);
  // tensors alive before/after each call: tidy leaves none, the leaky calls leave theirs (also when throwing)
  const t = (i: number) => o.results.get(i)?.tensors;
  expect(t(2)!.after - t(2)!.before).toBe(0);
  expect(t(3)!.after - t(3)!.before).toBe(3);
  expect(t(4)!.after - t(4)!.before).toBe(1);
  // … and the judge hands them to comparators as context.tensors
  const noLeak: Comparator = (actual, expected, context) =>
    !context?.tensors ? { pass: false, message: "no counts" } : context.tensors.after > context.tensors.before ? { pass: false, message: `${context.tensors.after - context.tensors.before} tensors leaked` } : { pass: actual === expected };
  const test_ = (name: string, call: string, expected: unknown): TestCase => ({ name, points: 1, visibility: "hidden", input: () => [], expected: () => expected, compare: noLeak, call });
  const j = judge({ id: "tfjs-sandbox-test", title: "t", points: 2, tests: [test_("sum", "sum", 6.5), test_("leaky", "leaky", 3)], expected: [6.5, 3], outcome: { ...o, results: new Map([[0, o.results.get(2)!], [1, o.results.get(3)!]]) }, messages: [] });
  expect(j.tests.map((x) => [x.passed, x.message])).toEqual([
    [true, "passed"],
    [false, "3 tensors leaked"],
  ]);
});

test("without allowTfjs, TensorFlow.js cannot be loaded, not even through the lib", async () => {
  const o = await run(false);
  expect(String(value(o, 0))).toMatch(/^error: /);
  expect(String(value(o, 1))).toMatch(/^error: .*not available while grading/);
  expect(o.results.get(2)?.tensors).toBeUndefined();
});
