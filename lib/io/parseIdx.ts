import { gunzipSync } from "node:zlib";
import { ArgumentRangeError, ArgumentTypeError, describeValue } from "../core/errors";

/** Element types of the IDX format by their type code. */
export const IdxType = { uint8: 0x08, int8: 0x09, int16: 0x0b, int32: 0x0c, float32: 0x0d, float64: 0x0e } as const;
/** `"uint8" | "int8" | "int16" | "int32" | "float32" | "float64"`. */
export type IdxType = keyof typeof IdxType;

/** A parsed IDX array: its dimensions (outermost first) and its values, row-major. */
export interface IdxArray {
  /** Element type from the header. */
  type: IdxType;
  /** Sizes, outermost first: `[count, rows, cols]` for MNIST-style images, `[count]` for labels. */
  dims: number[];
  /** Values in host byte order, `dims` multiplied together long. */
  data: Uint8Array | Int8Array | Int16Array | Int32Array | Float32Array | Float64Array;
}

const SIZE: Record<IdxType, number> = { uint8: 1, int8: 1, int16: 2, int32: 4, float32: 4, float64: 8 };

/**
 * Parse an IDX file (the format of MNIST and Fashion-MNIST), gzip-compressed or not.
 * Header: two zero bytes, a type code (0x08 uint8 … 0x0E float64), the number of dimensions, then
 * each dimension as a big-endian uint32; the values follow, big-endian.
 * @param bytes The file's bytes (`.gz` detected by its magic number).
 * @example const { dims, data } = parseIdx(fs.readFileSync("t10k-labels-idx1-ubyte.gz"));
 * @see Y. LeCun, C. Cortes, C. Burges, "The MNIST database", file-format section.
 */
export function parseIdx(bytes: Uint8Array): IdxArray {
  if (!(bytes instanceof Uint8Array)) {
    throw new ArgumentTypeError("bytes", `expected a Uint8Array or Buffer with IDX data, got ${describeValue(bytes)}`);
  }
  let raw = bytes;
  if (raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b) {
    try {
      raw = gunzipSync(raw);
    } catch (e) {
      throw new ArgumentRangeError("bytes", `gzip data could not be decompressed: ${(e as Error).message}`);
    }
  }
  if (raw.length < 4 || raw[0] !== 0 || raw[1] !== 0) {
    throw new ArgumentRangeError("bytes", "not an IDX file: it must start with two zero bytes, a type code and a dimension count");
  }
  const code = raw[2]!;
  const type = (Object.keys(IdxType) as IdxType[]).find((k) => IdxType[k] === code);
  if (type === undefined) {
    throw new ArgumentRangeError("bytes", `unknown IDX type code 0x${code.toString(16).padStart(2, "0")}; expected 0x08, 0x09, 0x0B, 0x0C, 0x0D or 0x0E`);
  }
  const ndim = raw[3]!;
  const headerLength = 4 + 4 * ndim;
  if (ndim === 0 || raw.length < headerLength) {
    throw new ArgumentRangeError("bytes", `IDX header declares ${ndim} dimensions but the file has only ${raw.length} bytes`);
  }
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const dims: number[] = [];
  for (let d = 0; d < ndim; d++) dims.push(view.getUint32(4 + 4 * d));
  const count = dims.reduce((a, b) => a * b, 1);
  const size = SIZE[type];
  if (raw.length !== headerLength + count * size) {
    throw new ArgumentRangeError(
      "bytes",
      `IDX dimensions ${dims.join("×")} of ${type} need ${headerLength + count * size} bytes, the file has ${raw.length}`,
    );
  }
  const o = headerLength;
  switch (type) {
    case "uint8":
      return { type, dims, data: new Uint8Array(raw.subarray(o, o + count)) }; // a copy, not a view of the file
    case "int8":
      return { type, dims, data: new Int8Array(new Uint8Array(raw.subarray(o, o + count)).buffer) };
    case "int16": {
      const data = new Int16Array(count);
      for (let i = 0; i < count; i++) data[i] = view.getInt16(o + 2 * i);
      return { type, dims, data };
    }
    case "int32": {
      const data = new Int32Array(count);
      for (let i = 0; i < count; i++) data[i] = view.getInt32(o + 4 * i);
      return { type, dims, data };
    }
    case "float32": {
      const data = new Float32Array(count);
      for (let i = 0; i < count; i++) data[i] = view.getFloat32(o + 4 * i);
      return { type, dims, data };
    }
    case "float64": {
      const data = new Float64Array(count);
      for (let i = 0; i < count; i++) data[i] = view.getFloat64(o + 8 * i);
      return { type, dims, data };
    }
  }
}
