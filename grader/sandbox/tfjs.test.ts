/**
 * Exercises that declare `allowTfjs` run TensorFlow.js on its native backend inside the sandbox:
 * the runner loads the tfjs-node addon before it disarms `process.dlopen`, and the lib's `nn.tf()`
 * (whose backend picker must cope with the sandbox's frozen `process.env`) gets that same instance.
 * Without `allowTfjs`, TensorFlow.js stays unreachable.
 */
import { buildProgram } from "../pipeline/transpile";
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
}`;

async function run(tfjs: boolean) {
  ensureBuilt();
  const program = buildProgram(['import { nn } from "@cv-roadmap/lib";'], cell, ["backend", "sameInstance", "sum"]);
  if (!program.ok) throw new Error(program.errors.join("\n"));
  return sandboxRun(
    {
      exerciseId: "tfjs-sandbox-test",
      code: program.js,
      defines: ["backend", "sameInstance", "sum"],
      libPath: require.resolve(packageDir("@cv-roadmap/lib")),
      libNamespaces: {},
      opencvPath: packageDir("opencv-wasm"),
      offLimits: { lib: [], opencv: [] },
      tfjs,
      tests: [
        { index: 0, call: "backend", args: [] },
        { index: 1, call: "sameInstance", args: [] },
        { index: 2, call: "sum", args: [[1, 2, 3.5]] },
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
});

test("without allowTfjs, TensorFlow.js cannot be loaded, not even through the lib", async () => {
  const o = await run(false);
  expect(String(value(o, 0))).toMatch(/^error: /);
  expect(String(value(o, 1))).toMatch(/^error: .*not available while grading/);
});
