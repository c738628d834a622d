import { crc32, deflateSync } from "node:zlib";
import { ArgumentRangeError, ArgumentTypeError } from "../core/errors";
import { fromRows } from "../core/create";
import { pythonOracle, type OracleArray } from "../testing/pythonOracle";
import { decodeImage, sniffFormat } from "./decodeImage";

/** Build a PNG by hand: IHDR fields, unfiltered rows (filter byte 0 is added), extra chunks before IDAT. */
function makePng(width: number, height: number, bitDepth: number, colorType: number, rows: number[][], extra: [string, number[]][] = []): Uint8Array {
  const chunk = (type: string, body: Uint8Array): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, "latin1");
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0);
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = bitDepth;
  ihdr[9] = colorType;
  const raw = Buffer.from(rows.flatMap((r) => [0, ...r]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    ...extra.map(([t, b]) => chunk(t, Uint8Array.from(b))),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

describe("decodeImage: PNG colour types and depths", () => {
  test("8-bit grey 2×2", () => {
    const img = decodeImage(makePng(2, 2, 8, 0, [[0, 255], [51, 102]]));
    expect(img).toBeCloseToImage(fromRows([[0, 1], [0.2, 0.4]]), 1e-7);
  });

  test("16-bit grey is divided by 65535 (not truncated to 8 bits)", () => {
    const img = decodeImage(makePng(2, 1, 16, 0, [[0x01, 0x00, 0xff, 0xff]]));
    expect(img.channels).toBe(1);
    expect(img.data[0]).toBeCloseTo(256 / 65535, 7);
    expect(img.data[1]).toBe(1);
  });

  test("1-bit grey: 8 pixels from one byte", () => {
    const img = decodeImage(makePng(8, 1, 1, 0, [[0b10110001]]));
    expect(Array.from(img.data)).toEqual([1, 0, 1, 1, 0, 0, 0, 1]);
  });

  test("grey + alpha keeps two channels unchanged, drops alpha in colour and grey modes", () => {
    const png = makePng(1, 1, 8, 4, [[51, 255]]);
    expect(Array.from(decodeImage(png).data)).toEqual([0.2, 1].map(Math.fround));
    expect(decodeImage(png).channels).toBe(2);
    expect(Array.from(decodeImage(png, { mode: "color" }).data)).toEqual([0.2, 0.2, 0.2].map(Math.fround));
    expect(Array.from(decodeImage(png, { mode: "gray" }).data)).toEqual([Math.fround(0.2)]);
  });

  test("RGB and RGBA keep their channels in RGB order", () => {
    const rgb = decodeImage(makePng(1, 1, 8, 2, [[255, 0, 51]]));
    expect(rgb.channels).toBe(3);
    expect(Array.from(rgb.data)).toEqual([1, 0, 0.2].map(Math.fround));
    const rgba = decodeImage(makePng(1, 1, 8, 6, [[255, 0, 51, 102]]));
    expect(rgba.channels).toBe(4);
    expect(Array.from(rgba.data)).toEqual([1, 0, 0.2, 0.4].map(Math.fround));
    expect(decodeImage(makePng(1, 1, 8, 6, [[255, 0, 51, 102]]), { mode: "color" }).channels).toBe(3);
  });

  test("16-bit RGB", () => {
    const img = decodeImage(makePng(1, 1, 16, 2, [[0xff, 0xff, 0x00, 0x00, 0x80, 0x00]]));
    expect(Array.from(img.data)).toEqual([1, 0, 0x8000 / 65535].map(Math.fround));
  });

  test("a palette becomes RGB, or RGBA when it has transparency", () => {
    const plte: [string, number[]] = ["PLTE", [255, 0, 0, 0, 0, 255]];
    const img = decodeImage(makePng(2, 1, 8, 3, [[1, 0]], [plte]));
    expect(img.channels).toBe(3);
    expect(Array.from(img.data)).toEqual([0, 0, 1, 1, 0, 0]);
    const withAlpha = decodeImage(makePng(2, 1, 8, 3, [[1, 0]], [plte, ["tRNS", [255, 0]]]));
    expect(withAlpha.channels).toBe(4);
    expect(Array.from(withAlpha.data)).toEqual([0, 0, 1, 0, 1, 0, 0, 1]);
  });

  test("gray mode weighs R, G, B as 0.299, 0.587, 0.114 and rounds to 8 bits", () => {
    const img = decodeImage(makePng(3, 1, 8, 2, [[255, 0, 0, 0, 255, 0, 0, 0, 255]]), { mode: "gray" });
    expect(Array.from(img.data, (v) => Math.round(v * 255))).toEqual([76, 150, 29]);
    expect(img.data[0]! * 255).toBeCloseTo(76, 4); // rounded, not 76.245
  });
});

describe("decodeImage: JPEG", () => {
  const jpegBytes = (code: string): Uint8Array => Uint8Array.from((pythonOracle(code, {}) as OracleArray).data);

  test("a grey JPEG decodes to one channel, close to OpenCV's decode", () => {
    const bytes = jpegBytes("g = (np.add.outer(np.arange(16), np.arange(24)) * 5).astype(np.uint8)\nresult = np.frombuffer(cv2.imencode('.jpg', g, [cv2.IMWRITE_JPEG_QUALITY, 95])[1], np.uint8)");
    expect(sniffFormat(bytes)).toBe("jpeg");
    const img = decodeImage(bytes);
    expect([img.width, img.height, img.channels]).toEqual([24, 16, 1]);
    const ref = pythonOracle("result = cv2.imdecode(b.astype(np.uint8), cv2.IMREAD_UNCHANGED) / 255", { b: { shape: [bytes.length], data: bytes } }) as OracleArray;
    for (let i = 0; i < img.data.length; i++) expect(Math.abs(img.data[i]! - ref.data[i]!)).toBeLessThanOrEqual(2 / 255);
  });

  test("a colour JPEG decodes to RGB (not BGR)", () => {
    const bytes = jpegBytes("c = np.zeros((8, 8, 3), np.uint8); c[:, :, 2] = 250\nresult = np.frombuffer(cv2.imencode('.jpg', c, [cv2.IMWRITE_JPEG_QUALITY, 100])[1], np.uint8)");
    const img = decodeImage(bytes);
    expect(img.channels).toBe(3);
    expect(img.data[0]).toBeGreaterThan(0.9); // red first: OpenCV's channel 2 is red
    expect(img.data[2]).toBeLessThan(0.1);
  });
});

describe("decodeImage: bad input", () => {
  test("names the argument for a wrong type", () => {
    expect(() => decodeImage("x.png" as unknown as Uint8Array)).toThrow(ArgumentTypeError);
    expect(() => decodeImage("x.png" as unknown as Uint8Array)).toThrow(/^bytes:/);
  });
  test("unknown formats and corrupt data are range errors on bytes", () => {
    expect(() => decodeImage(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9))).toThrow(/bytes: not a PNG or JPEG file/);
    const png = makePng(2, 2, 8, 0, [[0, 1], [2, 3]]);
    expect(() => decodeImage(png.subarray(0, 40))).toThrow(ArgumentRangeError);
    expect(() => decodeImage(png, { mode: "bgr" as never })).toThrow(/options\.mode/);
  });
});
