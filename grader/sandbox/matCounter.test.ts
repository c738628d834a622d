/**
 * The Mat counter: unit tests on opencv-wasm in this jest realm, then end to end through a real
 * sandbox child (runner → frames → sandbox outcome → judge → a comparator reading `context.mats`).
 */
import { judge } from "../pipeline/judge";
import { buildProgram } from "../pipeline/transpile";
import { packageDir } from "../paths";
import { ensureBuilt } from "../testing/helpers";
import type { Comparator, TestCase } from "../types";
import { installMatCounter } from "./matCounter";
import { sandboxRun } from "./sandbox";

jest.setTimeout(60_000);

// Installed before this file loads OpenCV, as the runner and check() do.
const counter = installMatCounter();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cv } = require("opencv-wasm") as { cv: any };

describe("installMatCounter (in this realm)", () => {
  test("counts a Mat made with new and deleted: 1 created, 0 live", () => {
    counter.start();
    const m = new cv.Mat(2, 3, cv.CV_8UC1);
    expect(counter.count()).toEqual({ created: 1, live: 1 });
    m.delete();
    expect(counter.count()).toEqual({ created: 1, live: 0 });
    expect(counter.active).toBe(true);
  });

  test("sees Mats however they are made: clone, roi, zeros, matFromArray, MatVector.get, getStructuringElement", () => {
    counter.start();
    const a = new cv.Mat(4, 4, cv.CV_8UC1);
    const made = [a.clone(), a.roi(new cv.Rect(0, 0, 2, 2)), cv.Mat.zeros(3, 3, cv.CV_32FC1), cv.matFromArray(1, 2, cv.CV_8UC1, [1, 2]), cv.getStructuringElement(cv.MORPH_RECT, new cv.Size(3, 3))];
    const vec = new cv.MatVector();
    vec.push_back(a);
    made.push(vec.get(0));
    expect(counter.count()).toEqual({ created: 7, live: 7 });
    for (const m of made) m.delete();
    vec.delete(); // a MatVector is not a Mat: not counted
    expect(counter.count()).toEqual({ created: 7, live: 1 });
    a.delete();
    expect(counter.count()).toEqual({ created: 7, live: 0 });
  });

  test("a new window forgets earlier Mats: deleting them does not make the count negative", () => {
    const old = new cv.Mat(1, 1, cv.CV_8UC1);
    counter.start();
    old.delete();
    const fresh = new cv.Mat(1, 1, cv.CV_8UC1);
    expect(counter.count()).toEqual({ created: 1, live: 1 });
    fresh.delete();
    expect(counter.count()).toEqual({ created: 1, live: 0 });
  });

  test("deleteLater() without a flush, and a cleared $$.ptr, still count as live", () => {
    counter.start();
    const a = new cv.Mat(1, 1, cv.CV_8UC1);
    a.deleteLater();
    const b = new cv.Mat(1, 1, cv.CV_8UC1);
    (b.$$ as { ptr?: number }).ptr = undefined;
    expect(counter.count()).toEqual({ created: 2, live: 2 });
    cv.flushPendingDeletes();
    expect(counter.count()).toEqual({ created: 2, live: 1 });
  });

  test("the global cannot be replaced and the group cannot be patched", () => {
    const g = globalThis as Record<string, any>;
    expect(() => {
      "use strict";
      g.FinalizationGroup = class {};
    }).toThrow(TypeError);
    expect(Object.isFrozen(g.FinalizationGroup.prototype)).toBe(true);
    const other = new g.FinalizationGroup(() => {});
    counter.start();
    const m = new cv.Mat(1, 1, cv.CV_8UC1);
    other.unregister(m.$$); // a group of one's own knows nothing about OpenCV's Mats
    expect(counter.count()).toEqual({ created: 1, live: 1 });
    m.delete();
  });

  test("idempotent per global; a second global with a FinalizationGroup already stays inactive", () => {
    expect(installMatCounter()).toBe(counter);
    const other = { FinalizationGroup: class {} };
    const c = installMatCounter(other);
    expect(c.active).toBe(false);
    expect(c.count()).toEqual({ created: 0, live: 0 });
  });
});

describe("Mat counts through the sandbox", () => {
  const cell = `
function leaky(n: number): number {
  const cv = cvbridge.opencv();
  let sum = 0;
  for (let i = 0; i < n; i++) { const m = new cv.Mat(2, 2, cv.CV_8UC1); sum += m.rows; if (i % 2 === 0) m.delete(); }
  return sum;
}
function clean(n: number): number {
  return cvbridge.withMats((track) => { const cv = cvbridge.opencv(); for (let i = 0; i < n; i++) track(new cv.Mat()); return n; });
}
function fails(): number {
  const cv = cvbridge.opencv();
  new cv.Mat(1, 1, cv.CV_8UC1);
  throw new Error("boom");
}`;
  const tests = [
    { index: 0, call: "leaky", args: [5] },
    { index: 1, call: "clean", args: [4] },
    { index: 2, call: "leaky", args: [0] },
    { index: 3, call: "fails", args: [] },
  ];
  let outcome: Awaited<ReturnType<typeof sandboxRun>>;

  beforeAll(async () => {
    ensureBuilt();
    const program = buildProgram(['import { cvbridge } from "@cv-roadmap/lib";'], cell, ["leaky", "clean", "fails"]);
    if (!program.ok) throw new Error(program.errors.join("\n"));
    outcome = await sandboxRun({
      exerciseId: "mat-counter-test",
      code: program.js,
      defines: ["leaky", "clean", "fails"],
      libPath: require.resolve(packageDir("@cv-roadmap/lib")),
      libNamespaces: {},
      opencvPath: packageDir("opencv-wasm"),
      offLimits: { lib: [], opencv: [] },
      tfjs: false,
      tests,
      loadTimeMs: 10_000,
      testTimeMs: 10_000,
    });
  });

  test("each result frame carries the test's own counts (also when the function throws)", () => {
    expect(outcome.abort).toBeUndefined();
    expect(outcome.results.get(0)).toMatchObject({ ok: true, value: 10, mats: { created: 5, live: 2 } });
    expect(outcome.results.get(1)).toMatchObject({ ok: true, value: 4, mats: { created: 4, live: 0 } });
    expect(outcome.results.get(2)).toMatchObject({ ok: true, value: 0, mats: { created: 0, live: 0 } });
    expect(outcome.results.get(3)).toMatchObject({ ok: false, mats: { created: 1, live: 1 } });
  });

  test("the judge hands the counts to comparators as context.mats", () => {
    const noLeaks: Comparator = (actual, expected, context) =>
      actual !== expected ? { pass: false, message: "wrong value" } : !context?.mats ? { pass: false, message: "no counts" } : context.mats.live > 0 ? { pass: false, message: `${context.mats.live} Mats leaked` } : { pass: true };
    const t = (name: string, call: string, expected: number): TestCase => ({ name, points: 1, visibility: "hidden", input: () => [], expected: () => expected, compare: noLeaks, call });
    const r = judge({ id: "mat-counter-test", title: "t", points: 3, tests: [t("leaky", "leaky", 10), t("clean", "clean", 4), t("none", "leaky", 0)], expected: [10, 4, 0], outcome, messages: [] });
    expect(r.tests.map((x) => [x.passed, x.message])).toEqual([
      [false, "2 Mats leaked"],
      [true, "passed"],
      [true, "passed"],
    ]);
  });
});
