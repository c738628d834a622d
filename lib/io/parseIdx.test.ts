import { gzipSync } from "node:zlib";
import { ArgumentRangeError, ArgumentTypeError } from "../core/errors";
import { parseIdx } from "./parseIdx";

/** A hand-built IDX file: 2 images of 2×3 uint8. */
const tinyImages = Uint8Array.from([
  0, 0, 0x08, 3, // magic: uint8, 3 dimensions
  0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 3, // 2 × 2 × 3
  1, 2, 3, 4, 5, 6,
  250, 251, 252, 253, 254, 255,
]);

describe("parseIdx", () => {
  test("reads a hand-built uint8 file: dims outermost first, values in order", () => {
    const { type, dims, data } = parseIdx(tinyImages);
    expect(type).toBe("uint8");
    expect(dims).toEqual([2, 2, 3]);
    expect(Array.from(data)).toEqual([1, 2, 3, 4, 5, 6, 250, 251, 252, 253, 254, 255]);
  });

  test("reads the same file gzip-compressed", () => {
    expect(parseIdx(gzipSync(tinyImages))).toEqual(parseIdx(tinyImages));
  });

  test("returns a copy, not a view of the input", () => {
    const input = tinyImages.slice();
    const { data } = parseIdx(input);
    input[16] = 99;
    expect(data[0]).toBe(1);
    expect(data.byteOffset).toBe(0);
  });

  test("labels: one dimension", () => {
    const { dims, data } = parseIdx(Uint8Array.from([0, 0, 8, 1, 0, 0, 0, 3, 9, 0, 4]));
    expect(dims).toEqual([3]);
    expect(Array.from(data)).toEqual([9, 0, 4]);
  });

  test("big-endian int8, int16, int32, float32 and float64", () => {
    expect(Array.from(parseIdx(Uint8Array.from([0, 0, 0x09, 1, 0, 0, 0, 2, 0xff, 0x7f])).data)).toEqual([-1, 127]);
    expect(Array.from(parseIdx(Uint8Array.from([0, 0, 0x0b, 1, 0, 0, 0, 2, 0x01, 0x02, 0xff, 0xfe])).data)).toEqual([258, -2]);
    expect(Array.from(parseIdx(Uint8Array.from([0, 0, 0x0c, 1, 0, 0, 0, 1, 0xff, 0xff, 0xff, 0xfd])).data)).toEqual([-3]);
    expect(Array.from(parseIdx(Uint8Array.from([0, 0, 0x0d, 1, 0, 0, 0, 1, 0x3f, 0xc0, 0, 0])).data)).toEqual([1.5]);
    expect(Array.from(parseIdx(Uint8Array.from([0, 0, 0x0e, 1, 0, 0, 0, 1, 0xc0, 0x04, 0, 0, 0, 0, 0, 0])).data)).toEqual([-2.5]);
  });

  test("rejects bad input with errors naming bytes", () => {
    expect(() => parseIdx([0, 0, 8, 1] as unknown as Uint8Array)).toThrow(ArgumentTypeError);
    expect(() => parseIdx(Uint8Array.from([1, 0, 8, 1, 0, 0, 0, 0]))).toThrow(/^bytes: not an IDX file/);
    expect(() => parseIdx(Uint8Array.from([0, 0, 0x07, 1, 0, 0, 0, 0]))).toThrow(/bytes: unknown IDX type code 0x07/);
    expect(() => parseIdx(tinyImages.subarray(0, tinyImages.length - 1))).toThrow(ArgumentRangeError);
    expect(() => parseIdx(tinyImages.subarray(0, tinyImages.length - 1))).toThrow(/need 28 bytes, the file has 27/);
    expect(() => parseIdx(Uint8Array.from([0x1f, 0x8b, 1, 2, 3]))).toThrow(/bytes: gzip data could not be decompressed/);
  });
});
