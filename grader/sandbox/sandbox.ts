/**
 * Step 4 — sandboxRun: run one exercise's program in a fresh, locked-down child process and
 * collect its outputs. The parent enforces the wall-clock limit (SIGKILL), the memory limit
 * (VmRSS polled every 50 ms), caps captured output, and never trusts anything the child prints.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as v8 from "node:v8";
import { packageDir, repoRoot, runnerPath } from "../paths";
import type { MatCount } from "./matCounter";
import type { FunctionArg, RunFrame, RunRequest, TensorCount } from "./protocol";

/** Output of one sandbox run, as the parent saw it. */
export interface SandboxOutcome {
  /** Why the program could not load (syntax errors are caught earlier, in the parent). */
  loadError?: string;
  /** Per test index: the deserialized output, or the error text from the child. */
  results: Map<number, ({ ok: true; value: unknown; ms: number } | { ok: false; error: string; notImplemented: boolean; timedOut: boolean; ms: number }) & { mats?: MatCount; tensors?: TensorCount }>;
  /** Type of each defined name after loading the cell (`"function"`, `"undefined"`…). */
  types?: Record<string, string>;
  /** Set when the child ended without finishing: the reason, in words a student understands. */
  abort?: string;
  /** Student stdout + stderr, capped. */
  output: string;
  ms: number;
}

/** Options of {@link sandboxRun}. */
export interface SandboxOptions {
  /** Wall-clock limit for the whole child (ms). @default 20000 */
  timeMs?: number;
  /** V8 heap limit (MB); RSS limit is this + 256 MB. @default 512 */
  memoryMb?: number;
  /** Cap on captured stdout+stderr (bytes). @default 65536 */
  outputCap?: number;
  /** Run the child in a new network namespace (`unshare -n`) when possible. @default true */
  isolateNetwork?: boolean;
}

let unshareOk: boolean | undefined;
/** Can we create a network namespace here (root + unshare)? Checked once per process. */
export function canUnshareNetwork(): boolean {
  if (unshareOk === undefined) {
    try {
      unshareOk = process.platform === "linux" && spawnSync("unshare", ["-n", "true"], { stdio: "ignore", timeout: 3000 }).status === 0;
    } catch {
      unshareOk = false;
    }
  }
  return unshareOk;
}

let readable: string[] | undefined;
/** Paths the child may read: the runner, lib/dist and the packages lib and OpenCV need. Nothing in grader/ but the runner. */
function readablePaths(tfjs: boolean): string[] {
  if (!readable) {
    const libDir = packageDir("@cv-roadmap/lib");
    const libPkg = JSON.parse(fs.readFileSync(path.join(libDir, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    const dirs = [path.join(fs.realpathSync(libDir), "dist"), fs.realpathSync(libDir) + "/package.json"];
    for (const dep of [...Object.keys(libPkg.dependencies ?? {}), "opencv-wasm"]) {
      try {
        dirs.push(fs.realpathSync(packageDir(dep, libDir)));
      } catch {
        /* optional */
      }
    }
    readable = dirs;
  }
  const out = [runnerPath, path.join(path.dirname(runnerPath), "matCounter.js"), ...readable];
  if (tfjs) {
    const tfRoot = path.join(repoRoot, "node_modules", "@tensorflow");
    if (fs.existsSync(tfRoot)) out.push(tfRoot, path.join(repoRoot, "node_modules"));
  }
  return out.map((p) => (p.endsWith(".js") || p.endsWith(".json") ? p : `${p}/*`));
}

const FRAME_LIMIT = 512 * 1024 * 1024;

/** The Mat counts of a result frame, when well-formed (counts are small non-negative integers). */
function matsOf(frame: { mats?: unknown; tensors?: unknown }): { mats?: MatCount; tensors?: TensorCount } {
  const m = frame.mats as Partial<MatCount> | undefined;
  const t = frame.tensors as Partial<TensorCount> | undefined;
  const count = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 0;
  return {
    ...(m && typeof m === "object" && count(m.created) && count(m.live) ? { mats: { created: m.created!, live: m.live! } } : {}),
    ...(t && typeof t === "object" && count(t.before) && count(t.after) ? { tensors: { before: t.before!, after: t.after! } } : {}),
  };
}

/**
 * Rebuild typed arrays with this module's own constructors. v8.deserialize creates objects of the
 * main realm; under jest (another realm) the lib's `instanceof Float32Array` checks would reject them.
 */
function reRealm(value: unknown, depth = 0): unknown {
  if (depth > 64 || typeof value !== "object" || value === null) return value;
  if (ArrayBuffer.isView(value)) {
    if (value instanceof DataView) return value;
    const name = Object.prototype.toString.call(value).slice(8, -1);
    const C = (globalThis as unknown as Record<string, new (src: ArrayLike<number>) => unknown>)[name];
    return C && !(value instanceof (C as unknown as Function)) ? new C(value as unknown as ArrayLike<number>) : value;
  }
  if (Array.isArray(value)) return value.map((v) => reRealm(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return value; // Map, Date, …: leave as they are
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = reRealm((value as Record<string, unknown>)[k], depth + 1);
  return out;
}

/** Top-level function arguments of the tests as their source (see {@link FunctionArg}); everything else unchanged. */
export function withFunctionSources(request: RunRequest): RunRequest {
  if (!request.tests.some((t) => t.args.some((a) => typeof a === "function"))) return request;
  const encode = (a: unknown): unknown => (typeof a === "function" ? ({ __cvrFunction: Function.prototype.toString.call(a) } satisfies FunctionArg) : a);
  return { ...request, tests: request.tests.map((t) => ({ ...t, args: t.args.map(encode) })) };
}

/** Run `request` in a sandbox. Never throws for anything the student's code does. */
export function sandboxRun(request: RunRequest, options: SandboxOptions = {}): Promise<SandboxOutcome> {
  const { timeMs = 20000, memoryMb = 512, outputCap = 65536, isolateNetwork = true } = options;
  const started = Date.now();
  const nodeArgs = [
    "--experimental-permission",
    ...readablePaths(request.tfjs).map((p) => `--allow-fs-read=${p}`),
    ...(request.tfjs ? ["--allow-addons"] : []),
    `--max-old-space-size=${memoryMb}`,
    "--no-warnings",
    "--disable-proto=delete",
    runnerPath,
  ];
  const useUnshare = isolateNetwork && canUnshareNetwork();
  const cmd = useUnshare ? "unshare" : process.execPath;
  const args = useUnshare ? ["-n", process.execPath, ...nodeArgs] : nodeArgs;
  const child = spawn(cmd, args, {
    stdio: ["ignore", "pipe", "pipe", "pipe", "pipe"],
    cwd: os.tmpdir(),
    env: { PATH: "/usr/bin:/bin", LANG: "C.UTF-8", NODE_OPTIONS: "", ...(request.tfjs ? { TF_CPP_MIN_LOG_LEVEL: "2" } : {}) },
    detached: false,
  });
  const outcome: SandboxOutcome = { results: new Map(), output: "", ms: 0 };
  let outBytes = 0;
  let truncated = false;
  const onOutput = (chunk: Buffer) => {
    if (outBytes >= outputCap) {
      truncated = true;
      return;
    }
    const take = chunk.subarray(0, outputCap - outBytes);
    outBytes += take.length;
    outcome.output += take.toString("utf8");
    if (take.length < chunk.length) truncated = true;
  };
  child.stdout!.on("data", onOutput);
  child.stderr!.on("data", onOutput);
  const reqPipe = child.stdio[3] as NodeJS.WritableStream & { on(e: "error", f: () => void): void };
  reqPipe.on("error", () => {});
  reqPipe.end(v8.serialize(withFunctionSources(request)));

  let done = false;
  let pending: Buffer = Buffer.alloc(0);
  const resPipe = child.stdio[4] as NodeJS.ReadableStream;
  (resPipe as unknown as { on(e: "error", f: () => void): void }).on("error", () => {});
  resPipe.on("data", (chunk: Buffer) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    while (pending.length >= 4) {
      const len = pending.readUInt32LE(0);
      if (len > FRAME_LIMIT) {
        kill("the sandbox sent a malformed message");
        return;
      }
      if (pending.length < 4 + len) break;
      const body = pending.subarray(4, 4 + len);
      pending = pending.subarray(4 + len);
      let frame: RunFrame;
      try {
        frame = v8.deserialize(body) as RunFrame;
      } catch {
        kill("the sandbox sent a malformed message");
        return;
      }
      handle(frame);
    }
  });
  function handle(frame: RunFrame): void {
    if (typeof frame !== "object" || frame === null) return;
    switch (frame.t) {
      case "loaded":
        outcome.types = frame.types;
        break;
      case "load-error":
        outcome.loadError = String(frame.message);
        break;
      case "result":
        if (outcome.results.has(frame.index)) break; // first answer wins
        if (frame.ok) {
          let value: unknown;
          try {
            value = reRealm(v8.deserialize(Buffer.from(frame.value)));
          } catch {
            outcome.results.set(frame.index, { ok: false, error: "the returned value could not be read back", notImplemented: false, timedOut: false, ms: frame.ms });
            break;
          }
          outcome.results.set(frame.index, { ok: true, value, ms: Number(frame.ms) || 0, ...matsOf(frame) });
        } else {
          outcome.results.set(frame.index, { ok: false, error: String(frame.error), notImplemented: !!frame.notImplemented, timedOut: !!frame.timedOut, ms: Number(frame.ms) || 0, ...matsOf(frame) });
        }
        break;
      case "done":
        done = true;
        break;
    }
  }

  let killedFor: string | undefined;
  function kill(reason: string): void {
    if (killedFor === undefined && child.exitCode === null) {
      killedFor = reason;
      child.kill("SIGKILL");
    }
  }
  const wall = setTimeout(() => kill(`time limit exceeded: the exercise did not finish within ${(timeMs / 1000).toFixed(1)} s`), timeMs);
  const rssLimitKb = (memoryMb + 256) * 1024;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    fs.readFile(`/proc/${child.pid}/status`, "utf8", (err, text) => {
      if (err) return;
      const m = /VmRSS:\s+(\d+)\s*kB/.exec(text);
      if (m && Number(m[1]) > rssLimitKb) kill(`memory limit exceeded: your code used more than ${memoryMb + 256} MB`);
    });
  }, 50);

  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(wall);
      clearInterval(poll);
      if (truncated) outcome.output += "\n[output truncated]";
      if (!done) {
        if (killedFor) outcome.abort = killedFor;
        else if (/heap out of memory|Reached heap limit|Allocation failed/i.test(outcome.output) || signal === "SIGABRT" || code === 134) {
          outcome.abort = `memory limit exceeded: your code ran out of memory (limit ${memoryMb} MB)`;
        } else if (/Maximum call stack/i.test(outcome.output)) {
          outcome.abort = "your code overflowed the call stack (infinite recursion?)";
        } else outcome.abort = `the sandbox stopped early (${signal ? `signal ${signal}` : `exit code ${code}`}) before all tests ran`;
      }
      outcome.ms = Date.now() - started;
      resolve(outcome);
    });
    child.on("error", (e) => {
      outcome.abort = `the sandbox could not start: ${e.message}`;
    });
  });
}
