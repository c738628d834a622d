/**
 * The sandbox runner: the child process that runs ONE exercise of ONE submission.
 *
 * Started by `sandbox.ts` as `node --experimental-permission --allow-fs-read=<runner, lib/dist, deps> …
 * runner.js` (no fs writes, no child processes, no workers, optionally no network namespace).
 * It must stay lean (no TypeScript, no grader modules: it imports Node built-ins only) and it
 * captures everything it needs BEFORE student code runs, then:
 *   1. reads the request (inputs only) from fd 3;
 *   2. disarms process.exit/kill/abort/binding/dlopen/getBuiltinModule…, fetch, and env;
 *   3. runs the program with a restricted `require` (the lib and OpenCV with the exercise's
 *      off-limits functions replaced by throwing stubs, nothing else);
 *   4. calls the defined function once per test, under a vm timeout, and streams each output
 *      (or error) as a frame on fd 4. The parent judges; this process never sees expected values.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import type { RunFrame, RunRequest, TensorCount } from "./protocol";
import { installMatCounter } from "./matCounter";

const fs = require("node:fs") as typeof import("node:fs");
const v8 = require("node:v8") as typeof import("node:v8");
const vm = require("node:vm") as typeof import("node:vm");
const { performance } = require("node:perf_hooks") as typeof import("node:perf_hooks");

// ---- private references (captured before any student code exists) ----
const serialize = v8.serialize;
const deserialize = v8.deserialize;
const readSync = fs.readSync;
const writeSync = fs.writeSync;
const now = performance.now.bind(performance);
const procAny = process as unknown as { reallyExit?: (code: number) => never };
const realExit: (code: number) => void = procAny.reallyExit ? procAny.reallyExit.bind(process) : process.exit.bind(process);
const setTimer = setTimeout;
const clearTimer = clearTimeout;
const ReflectApply = Reflect.apply;
const defineProperty = Object.defineProperty;
const freeze = Object.freeze;
const keysOf = Object.keys;
const PromiseCtor = Promise;
const StringCtor = String;
const nodeRequire = require;
const stdoutWrite = process.stdout.write.bind(process.stdout) as (chunk: string, cb: () => void) => boolean;
const stderrWrite = process.stderr.write.bind(process.stderr) as (chunk: string, cb: () => void) => boolean;
/** Exit once what the student printed has reached the parent (pipe writes may be asynchronous). */
function flushAndExit(): void {
  const hardStop = setTimer(() => realExit(0), 2000);
  void hardStop;
  stdoutWrite("", () => stderrWrite("", () => realExit(0)));
}
const IN_FD = 3;
const OUT_FD = 4;

function readAll(fd: number): Buffer {
  const chunks: Buffer[] = [];
  const buf = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

function send(frame: RunFrame): void {
  const body = serialize(frame);
  const head = Buffer.allocUnsafe(4);
  head.writeUInt32LE(body.length, 0);
  const all = Buffer.concat([head, body]);
  let off = 0;
  while (off < all.length) {
    try {
      off += writeSync(OUT_FD, all, off, all.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
    }
  }
}

const request = deserialize(readAll(IN_FD)) as RunRequest;
// Function arguments arrive as their source (protocol.ts, FunctionArg): re-create them here, before student code exists.
for (const test of request.tests) test.args = test.args.map(reviveFunction);
// Before OpenCV can make its first Mat: counts the Mats each test creates and leaves undeleted.
const matCounter = installMatCounter();
try {
  fs.closeSync(IN_FD);
} catch {
  /* already closed */
}

// ---- a timed call: synchronous student code is interrupted after `ms` by the vm watchdog ----
const SLOT = `__cvr_slot_${Math.random().toString(36).slice(2)}`;
const callScript = new vm.Script(`(function () { const s = globalThis[${JSON.stringify(SLOT)}]; delete globalThis[${JSON.stringify(SLOT)}]; return s.apply(s.f, undefined, s.a); })()`, {
  filename: "grader-call.js",
});
function timedCall(f: Function, args: unknown[], ms: number): unknown {
  defineProperty(globalThis, SLOT, { value: { f, a: args, apply: ReflectApply }, configurable: true, writable: true, enumerable: false });
  return callScript.runInThisContext({ timeout: Math.max(1, Math.floor(ms)), breakOnSigint: false });
}

/** A {@link FunctionArg} compiled back into a function in this sandbox; any other value unchanged. */
function reviveFunction(arg: unknown): unknown {
  if (typeof arg !== "object" || arg === null || keysOf(arg).length !== 1) return arg;
  const source = (arg as { __cvrFunction?: unknown }).__cvrFunction;
  if (typeof source !== "string") return arg;
  try {
    return new vm.Script(`(${source})`, { filename: "test-function.js" }).runInThisContext({ timeout: 1000 });
  } catch (e) {
    const why = StringCtor((e as Error)?.message);
    return function notRecreated(): never {
      throw new Error(`grader error: a function argument of this test could not be re-created in the sandbox (${why}); tell your instructor`);
    };
  }
}

class TimeoutError extends Error {}
/** Await a possibly-student thenable, but give up after `ms`. */
function settle(value: unknown, ms: number, what: string): Promise<unknown> {
  return new PromiseCtor((resolve, reject) => {
    const timer = setTimer(() => reject(new TimeoutError(`${what} did not finish within ${ms} ms (a promise that never resolves?)`)), ms);
    PromiseCtor.resolve(value).then(
      (v) => {
        clearTimer(timer);
        resolve(v);
      },
      (e) => {
        clearTimer(timer);
        reject(e);
      },
    );
  });
}

function describeError(e: unknown): string {
  try {
    const text = timedCall(
      (x: unknown) => {
        if (x instanceof Error || (typeof x === "object" && x !== null && "message" in x)) {
          const err = x as Error;
          const name = typeof err.name === "string" ? err.name : "Error";
          return `${name}: ${StringCtor(err.message)}`;
        }
        return `a non-Error value was thrown: ${StringCtor(x)}`;
      },
      [e],
      500,
    );
    return typeof text === "string" ? text.slice(0, 2000) : "an error that cannot be described";
  } catch {
    return "an error that cannot be described (its message could not be read)";
  }
}

// ---- the restricted require ----
const offLib = new Set(request.offLimits.lib);
const offCv = new Set(request.offLimits.opencv);
function blocked(name: string): () => never {
  return function offLimits(): never {
    throw new Error(`${name} is off-limits while grading ${request.exerciseId}: write it yourself`);
  };
}
let libCopy: unknown;
function sanitizeNamespace(k: string, v: unknown): unknown {
  if (typeof v !== "object" || v === null || ArrayBuffer.isView(v)) return offLib.has(k) ? blocked(k) : v;
  const ns: Record<string, unknown> = {};
  for (const n of keysOf(v)) ns[n] = offLib.has(`${k}.${n}`) ? blocked(`${k}.${n}`) : (v as Record<string, unknown>)[n];
  // The bridge must hand out the sanitized OpenCV too, or cvbridge.opencv().threshold would bypass the block.
  if (k === "cvbridge" && typeof ns.opencv === "function") ns.opencv = () => (sanitizedOpenCV() as { cv: unknown }).cv;
  return freeze(ns);
}
/** The lib with off-limits functions replaced; each namespace is loaded on first use (start-up cost matters). */
function sanitizedLib(): unknown {
  if (libCopy) return libCopy;
  const out: Record<string, unknown> = {};
  const names = keysOf(request.libNamespaces);
  if (names.length === 0) {
    const lib = nodeRequire(request.libPath) as Record<string, unknown>;
    for (const k of keysOf(lib)) out[k] = sanitizeNamespace(k, lib[k]);
  } else {
    for (const k of names) {
      let cached: unknown;
      defineProperty(out, k, {
        enumerable: true,
        configurable: false,
        get: () => (cached ??= sanitizeNamespace(k, nodeRequire(request.libNamespaces[k]!))),
      });
    }
  }
  libCopy = freeze(out);
  return libCopy;
}
let cvCopy: unknown;
function sanitizedOpenCV(): unknown {
  if (cvCopy) return cvCopy;
  const cv = (nodeRequire(request.opencvPath) as { cv: object }).cv;
  const stubs = new Map<PropertyKey, unknown>();
  for (const n of offCv) stubs.set(n, blocked(`cv.${n}`));
  const proxy = new Proxy(cv, {
    get: (t, k) => (stubs.has(k) ? stubs.get(k) : Reflect.get(t, k)),
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
    getOwnPropertyDescriptor: (t, k) => (stubs.has(k) ? { value: stubs.get(k), writable: false, enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(t, k)),
  });
  cvCopy = freeze({ cv: proxy });
  return cvCopy;
}
const graderStub = freeze({
  check: async () => ({ skipped: true, reason: "check() does nothing while grading" }),
  __esModule: true,
});
function restrictedRequire(id: unknown): unknown {
  const name = StringCtor(id);
  if (name === "@cv-roadmap/lib") return sanitizedLib();
  if (name === "opencv-wasm") return sanitizedOpenCV();
  if (name === "@cv-roadmap/grader") return graderStub;
  if (request.tfjs && /^@tensorflow\/tfjs(-node|-node-gpu|-core|-backend-cpu|-backend-wasm|-layers|-converter|-data)?$/.test(name)) return nodeRequire(name);
  throw new Error(
    `require(${JSON.stringify(name)}) is not available while grading: an exercise may use "@cv-roadmap/lib"${request.tfjs ? ", @tensorflow/tfjs" : ""} and "opencv-wasm" (minus the functions it asks you to write), nothing else (no files, network or processes)`,
  );
}

// ---- TensorFlow.js's native addon loads through process.dlopen, which is disarmed below: load it now ----
// Its `memory` is captured here too, so each test reports the tensors the call left behind.
let tfMemory: (() => { numTensors: number }) | undefined;
if (request.tfjs) {
  for (const pkg of ["@tensorflow/tfjs-node-gpu", "@tensorflow/tfjs-node", "@tensorflow/tfjs-core"]) {
    try {
      const tf = nodeRequire(pkg) as { memory?: () => { numTensors: number } }; // cached: nn.tf() and the student's require get this instance
      if (typeof tf.memory === "function") tfMemory = tf.memory;
      break;
    } catch {
      /* not installed or cannot load here: the lib falls back to the pure-JS backend (same engine: tfjs-core keeps it in a global) */
    }
  }
}
function numTensors(): number | undefined {
  try {
    const n = tfMemory?.().numTensors;
    return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : undefined;
  } catch {
    return undefined;
  }
}
function tensorsSince(before: number | undefined): { tensors?: TensorCount } {
  const after = before === undefined ? undefined : numTensors();
  return before === undefined || after === undefined ? {} : { tensors: { before, after } };
}

// ---- disarm the process object and the network before student code exists ----
const proc = process as unknown as Record<string, unknown>;
for (const k of ["exit", "reallyExit", "abort", "kill", "_kill", "binding", "_linkedBinding", "dlopen", "send", "disconnect", "getBuiltinModule", "chdir", "umask", "setuid", "setgid", "seteuid", "setegid", "setgroups", "initgroups", "_debugProcess", "_debugEnd", "_startProfilerIdleNotifier", "openStdin"]) {
  const name = k;
  try {
    defineProperty(process, name, {
      value: function disabled() {
        throw new Error(`process.${name} is not available while grading`);
      },
      configurable: false,
      writable: false,
    });
  } catch {
    /* not configurable: leave */
  }
}
for (const k of ["mainModule", "channel", "connected"]) {
  try {
    defineProperty(process, k, { value: undefined, configurable: false, writable: false });
  } catch {
    /* ignore */
  }
}
try {
  defineProperty(process, "env", { value: freeze({}), configurable: false, writable: false });
} catch {
  /* ignore */
}
for (const k of ["fetch", "WebSocket", "EventSource", "Request", "Response", "Headers", "FormData"]) {
  try {
    delete (globalThis as Record<string, unknown>)[k];
  } catch {
    /* ignore */
  }
}
void proc;
let asyncErrors = 0;
process.on("uncaughtException", () => {
  asyncErrors++;
});
process.on("unhandledRejection", () => {
  asyncErrors++;
});

// ---- run ----
async function main(): Promise<void> {
  const t0 = now();
  let defs: Record<string, unknown>;
  try {
    const script = new vm.Script(request.code, { filename: "your-cell.js" });
    const wrapper = script.runInThisContext({ timeout: request.loadTimeMs }) as Function;
    const mod = { exports: {} as Record<string, unknown> };
    const ret = timedCall(wrapper, [restrictedRequire, mod, mod.exports], request.loadTimeMs);
    defs = (await settle(ret, request.loadTimeMs, "your cell")) as Record<string, unknown>;
  } catch (e) {
    send({ t: "load-error", message: describeError(e) });
    send({ t: "done" });
    flushAndExit();
    return;
  }
  const types: Record<string, string> = {};
  for (const n of request.defines) types[n] = typeof defs[n];
  send({ t: "loaded", ms: now() - t0, types });
  for (const test of request.tests) {
    const start = now();
    const fn = defs[test.call];
    if (typeof fn !== "function") {
      send({ t: "result", index: test.index, ok: false, error: `your cell does not define a function ${test.call} (found ${typeof fn})`, notImplemented: false, timedOut: false, ms: 0 });
      continue;
    }
    let stage = "call";
    matCounter.start();
    const tensorsBefore = numTensors();
    let tensors: { tensors?: TensorCount } = {};
    try {
      let value = timedCall(fn, test.args, request.testTimeMs);
      if (typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function") {
        value = await settle(value, request.testTimeMs, `${test.call}()`);
      }
      tensors = tensorsSince(tensorsBefore);
      const ms = now() - start;
      stage = "send";
      const bytes = timedCall(serialize, [value], 2000) as Buffer;
      send({ t: "result", index: test.index, ok: true, value: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), ms, mats: matCounter.count(), ...tensors });
    } catch (e) {
      const timedOut = e instanceof TimeoutError || (e as { code?: unknown } | null)?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT";
      let error = timedOut
        ? e instanceof TimeoutError
          ? e.message
          : stage === "send"
          ? `the value returned by ${test.call}() could not be read within 2 s (a getter that never returns?)`
          : `${test.call}() did not return within ${request.testTimeMs} ms (an infinite loop, or far too slow)`
        : describeError(e);
      if (/could not be cloned|DataCloneError|#<Object> could not be cloned/.test(error)) error = `the returned value cannot be sent back to the grader (${error}); return plain data: numbers, arrays, typed arrays, Images`;
      send({ t: "result", index: test.index, ok: false, error, notImplemented: /not implemented yet/i.test(error), timedOut, ms: now() - start, mats: matCounter.count(), ...tensorsSince(tensorsBefore) });
    }
  }
  void asyncErrors;
  send({ t: "done" });
  flushAndExit();
}
void main();
