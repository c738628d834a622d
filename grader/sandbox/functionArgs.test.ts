/**
 * A test may give the student's function a function argument (e.g. the `f` of a numeric gradient,
 * w03d02-grad-check). Functions cannot be serialized: the parent sends their source and the runner
 * re-creates them inside the sandbox (protocol.ts, FunctionArg). Closures cannot travel.
 */
import { buildProgram } from "../pipeline/transpile";
import { packageDir } from "../paths";
import { ensureBuilt } from "../testing/helpers";
import type { RunTest } from "./protocol";
import { sandboxRun, withFunctionSources } from "./sandbox";

jest.setTimeout(60_000);

const cell = `
function apply(f: (x: number) => number, x: number): number {
  return f(x);
}
function kind(f: unknown): string {
  return typeof f;
}`;

async function run(tests: RunTest[]) {
  ensureBuilt();
  const program = buildProgram([], cell, ["apply", "kind"]);
  if (!program.ok) throw new Error(program.errors.join("\n"));
  return sandboxRun(
    {
      exerciseId: "function-args-test",
      code: program.js,
      defines: ["apply", "kind"],
      libPath: require.resolve(packageDir("@cv-roadmap/lib")),
      libNamespaces: {},
      opencvPath: packageDir("opencv-wasm"),
      offLimits: { lib: [], opencv: [] },
      tfjs: false,
      tests,
      loadTimeMs: 5_000,
      testTimeMs: 5_000,
    },
    { timeMs: 20_000 },
  );
}

test("only top-level function arguments are encoded as their source; other requests are passed unchanged", () => {
  const plain = { tests: [{ index: 0, call: "apply", args: [1, [2], { a: 3 }] }] } as unknown as Parameters<typeof withFunctionSources>[0];
  expect(withFunctionSources(plain)).toBe(plain);
  const square = (x: number) => x * x;
  const encoded = withFunctionSources({ ...plain, tests: [{ index: 0, call: "apply", args: [square, 3] }] });
  expect(encoded.tests[0]!.args).toEqual([{ __cvrFunction: square.toString() }, 3]);
});

test("a self-contained function argument is re-created in the sandbox and called by the student's code", async () => {
  const o = await run([
    { index: 0, call: "apply", args: [(x: number) => Math.sin(x) * x + 1, 2] },
    { index: 1, call: "kind", args: [function named(x: number) { return x; }] },
    { index: 2, call: "apply", args: [(x: number) => { let s = 0; for (let i = 0; i <= x; i++) s += i; return s; }, 10] },
  ]);
  expect(o.abort).toBeUndefined();
  const value = (i: number) => { const r = o.results.get(i)!; return r.ok ? r.value : `error: ${r.error}`; };
  expect(value(0)).toBeCloseTo(Math.sin(2) * 2 + 1, 12);
  expect(value(1)).toBe("function");
  expect(value(2)).toBe(55);
});

test("a function that captures a variable fails visibly (closures cannot travel)", async () => {
  const k = 3;
  const o = await run([{ index: 0, call: "apply", args: [(x: number) => x * k, 2] }]);
  const r = o.results.get(0)!;
  expect(r.ok).toBe(false);
  expect(r.ok ? "" : r.error).toMatch(/ReferenceError/);
});
