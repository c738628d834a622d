import type { cv as OpenCVModule } from "opencv-wasm";
import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { ArgumentTypeError, describeValue } from "../core/errors";

/** OpenCV (opencv-wasm, OpenCV 4.3) as loaded once by the bridge. Mats it creates live in wasm memory: call `delete()`. */
export type OpenCV = typeof OpenCVModule;
/** An OpenCV matrix (`cv.Mat`). */
export type Mat = InstanceType<OpenCV["Mat"]>;

let loaded: OpenCV | undefined;
/**
 * The OpenCV module, loaded on first use (about 0.1 s; opencv-wasm initialises synchronously), so
 * code that never touches OpenCV never pays for it.
 * @example const cv = opencv(); const m = new cv.Mat();
 */
export function opencv(): OpenCV {
  if (loaded) return loaded;
  // opencv-wasm's Emscripten shell adds process-wide handlers: one aborts the whole process on any
  // unhandled promise rejection anywhere (a notebook kernel would die on a stray Promise.reject, with
  // "RuntimeError: abort(…)" from opencv.js). Keep the process's own handlers, drop those.
  const events = ["unhandledRejection", "uncaughtException"];
  const emitter: NodeJS.EventEmitter = process;
  const before = events.map((e) => emitter.listeners(e));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded = (require("opencv-wasm") as { cv: OpenCV }).cv;
  events.forEach((e, i) => {
    for (const l of emitter.listeners(e)) if (!before[i]!.includes(l)) emitter.removeListener(e, l as (...args: unknown[]) => void);
  });
  return loaded;
}

/** How `toMat` stores pixel values. */
export const MatDepth = { float32: "float32", uint8: "uint8" } as const;
export type MatDepth = (typeof MatDepth)[keyof typeof MatDepth];

/** Options of {@link toMat}. */
export interface ToMatOptions {
  /** `float32` keeps values as they are (CV_32FC*); `uint8` scales [0,1] → 0–255 with rounding (CV_8UC*). @default "float32" */
  depth?: MatDepth;
}

/**
 * Copy an {@link Image} into a new OpenCV Mat (rows = height, cols = width, same channel order —
 * the course stores RGB, so pass `cv.COLOR_RGB2…` codes, not `BGR`). The caller owns the Mat:
 * free it with `mat.delete()` or use {@link withMats}.
 * @example const mat = toMat(img, { depth: "uint8" });
 */
export function toMat(image: Image, options: ToMatOptions = {}): Mat {
  const { depth = "float32" } = options;
  checkImage(image);
  const { width, height, channels, data } = image;
  if (channels > 4) throw new ArgumentTypeError("image", `OpenCV Mats hold at most 4 channels, got ${channels}`);
  const cv = opencv();
  if (depth === "float32") {
    const mat = new cv.Mat(height, width, [cv.CV_32FC1, cv.CV_32FC2, cv.CV_32FC3, cv.CV_32FC4][channels - 1]!);
    mat.data32F.set(data);
    return mat;
  }
  const mat = new cv.Mat(height, width, [cv.CV_8UC1, cv.CV_8UC2, cv.CV_8UC3, cv.CV_8UC4][channels - 1]!);
  const bytes = mat.data;
  for (let i = 0; i < data.length; i++) {
    const v = Math.round(data[i]! * 255);
    bytes[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  return mat;
}

/**
 * Copy an OpenCV Mat (CV_8U, CV_32F or CV_64F, 1–4 channels) into a new {@link Image}. 8-bit values
 * are scaled to [0,1]; float values are copied as they are. The Mat is not freed.
 * @example const img = fromMat(mat);
 */
export function fromMat(mat: Mat): Image {
  if (typeof mat === "object" && mat !== null && typeof (mat as Mat).isContinuous === "function" && !(mat as Mat).isContinuous()) {
    // An ROI view shares its parent's rows: copy it into a continuous Mat first.
    const copy = (mat as Mat).clone();
    try {
      return fromMat(copy);
    } finally {
      copy.delete();
    }
  }
  if (typeof mat !== "object" || mat === null || typeof (mat as Mat).type !== "function") {
    throw new ArgumentTypeError("mat", `expected a cv.Mat, got ${describeValue(mat)}`);
  }
  const cv = opencv();
  const width = mat.cols;
  const height = mat.rows;
  const channels = mat.channels();
  const depth = mat.depth();
  const n = width * height * channels;
  const data = new Float32Array(n);
  if (depth === cv.CV_8U) {
    const src = mat.data;
    for (let i = 0; i < n; i++) data[i] = src[i]! / 255;
  } else if (depth === cv.CV_32F) {
    data.set(mat.data32F.subarray(0, n));
  } else if (depth === cv.CV_64F) {
    const src = mat.data64F;
    for (let i = 0; i < n; i++) data[i] = src[i]!;
  } else {
    throw new ArgumentTypeError("mat", `expected a CV_8U, CV_32F or CV_64F Mat, got depth ${depth}`);
  }
  return { width, height, channels, data };
}

/**
 * Run `fn` with a Mat tracker and free every Mat it tracked, even when `fn` throws.
 * @example const blurred = withMats((track) => { const m = track(toMat(img)); … return fromMat(out); });
 */
export function withMats<T>(fn: (track: <M extends { delete(): void }>(mat: M) => M) => T): T {
  const owned: { delete(): void }[] = [];
  const track = <M extends { delete(): void }>(mat: M): M => {
    owned.push(mat);
    return mat;
  };
  try {
    return fn(track);
  } finally {
    for (const mat of owned.reverse()) {
      if (!(mat as unknown as { isDeleted?: () => boolean }).isDeleted?.()) mat.delete();
    }
  }
}
