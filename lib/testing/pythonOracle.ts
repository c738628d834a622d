/**
 * OpenCV's Python build (cv2, numpy in the project's .venv) as a second oracle in tests.
 *
 * `pythonOracle(code, inputs)` runs `code` in Python with each input as a numpy float32 array
 * (images as H×W or H×W×C) bound to its name; the code assigns `result` (an array, a number or a
 * dict/list of those) which comes back as plain numbers: arrays as `{shape, data: Float64Array}`.
 *
 * @example
 *   const out = pythonOracle("result = cv2.GaussianBlur(img, (5, 5), 1.0)", { img });
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Image } from "../core/image";

export interface OracleArray {
  shape: number[];
  data: Float64Array;
}
export type OracleValue = number | OracleArray | OracleValue[] | { [key: string]: OracleValue };

const PYTHON = join(__dirname, "..", "..", ".venv", "bin", "python");

const PRELUDE = `
import sys, json, base64
import numpy as np
import cv2
payload = json.load(sys.stdin)
g = {"np": np, "cv2": cv2}
for name, a in payload.items():
    arr = np.frombuffer(base64.b64decode(a["data"]), dtype=np.float32).reshape(a["shape"])
    g[name] = arr.copy()
def enc(v):
    if isinstance(v, np.ndarray):
        v = np.ascontiguousarray(v, dtype=np.float64)
        return {"shape": list(v.shape), "data": base64.b64encode(v.tobytes()).decode()}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    if isinstance(v, dict):
        return {k: enc(x) for k, x in v.items()}
    return float(v)
exec(compile(sys.argv[1], "oracle", "exec"), g)
sys.stdout.write(json.dumps(enc(g["result"])))
`;

/** Whether the Python oracle is installed (the set-up script creates .venv). */
export function pythonOracleAvailable(): boolean {
  return existsSync(PYTHON);
}

function isImage(v: unknown): v is Image {
  return typeof v === "object" && v !== null && (v as Image).data instanceof Float32Array && typeof (v as Image).width === "number";
}

/** Run `code` with `inputs` bound as float32 numpy arrays; see the module doc. */
export function pythonOracle(code: string, inputs: Record<string, Image | { shape: number[]; data: ArrayLike<number> }>): OracleValue {
  if (!pythonOracleAvailable()) throw new Error(`Python oracle missing: ${PYTHON} (run npm run setup)`);
  const payload: Record<string, { shape: number[]; data: string }> = {};
  for (const [name, v] of Object.entries(inputs)) {
    const shape = isImage(v) ? (v.channels === 1 ? [v.height, v.width] : [v.height, v.width, v.channels]) : v.shape;
    const f32 = Float32Array.from(v.data as ArrayLike<number>);
    payload[name] = { shape, data: Buffer.from(f32.buffer, f32.byteOffset, f32.byteLength).toString("base64") };
  }
  const out = execFileSync(PYTHON, ["-c", PRELUDE, code], { input: JSON.stringify(payload), maxBuffer: 1 << 30 }).toString();
  const decode = (v: unknown): OracleValue => {
    if (typeof v === "number") return v;
    if (Array.isArray(v)) return v.map(decode);
    const o = v as Record<string, unknown>;
    if (Array.isArray(o["shape"]) && typeof o["data"] === "string") {
      const buf = Buffer.from(o["data"], "base64");
      return { shape: o["shape"] as number[], data: new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8) };
    }
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decode(x)]));
  };
  return decode(JSON.parse(out));
}

/** An oracle array (H×W or H×W×C) as an Image. */
export function oracleImage(a: OracleValue): Image {
  const { shape, data } = a as OracleArray;
  const [height, width, channels = 1] = shape as [number, number, number?];
  return { width, height, channels, data: Float32Array.from(data) };
}
