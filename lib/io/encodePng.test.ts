import fc from "fast-check";
import { PNG } from "pngjs";
import { ArgumentRangeError, ArgumentTypeError } from "../core/errors";
import { fromRows } from "../core/create";
import { pythonOracle, type OracleArray } from "../testing/pythonOracle";
import { decodeImage } from "./decodeImage";
import { encodePng } from "./encodePng";


/** An image whose values are exact 8-bit levels k/255. */
const eightBitImage = fc
  .record({ w: fc.integer({ min: 1, max: 9 }), h: fc.integer({ min: 1, max: 7 }), c: fc.integer({ min: 1, max: 4 }) })
  .chain(({ w, h, c }) =>
    fc.uint8Array({ minLength: w * h * c, maxLength: w * h * c }).map((bytes) => ({ width: w, height: h, channels: c, data: Float32Array.from(bytes, (b) => b / 255) })),
  );

describe("encodePng", () => {
  test("writes a valid PNG: signature, IHDR with size, depth and colour type", () => {
    const png = encodePng(fromRows([[0, 1, 0.5]]));
    expect(Array.from(png.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(16)).toBe(3); // width
    expect(view.getUint32(20)).toBe(1); // height
    expect([png[24], png[25]]).toEqual([8, 0]); // 8-bit grey
  });

  test("a 2×2 grey image decodes (by pngjs, an independent decoder) to the expected bytes", () => {
    const decoded = PNG.sync.read(Buffer.from(encodePng(fromRows([[0, 1], [0.2, 0.4]]))));
    expect(Array.from(decoded.data.filter((_, i) => i % 4 === 0))).toEqual([0, 255, 51, 102]);
  });

  test("rounds half up and clamps out-of-range values (NaN → 0)", () => {
    const img = fromRows([[-0.5, 1.5, 0.5 / 255, 1.49 / 255, NaN]]);
    expect(Array.from(decodeImage(encodePng(img)).data, (v) => Math.round(v * 255))).toEqual([0, 255, 1, 1, 0]);
  });

  test("round trip is exact on 8-bit data, for 1 to 4 channels and any size", () => {
    fc.assert(
      fc.property(eightBitImage, fc.integer({ min: 0, max: 9 }), (img, level) => {
        const back = decodeImage(encodePng(img, { compressionLevel: level }));
        expect(back.channels).toBe(img.channels);
        expect(back).toBeCloseToImage(img, 0);
      }),
      { numRuns: 200 },
    );
  });

  test("16-bit output keeps 16-bit precision", () => {
    const img = fromRows([[0, 1 / 65535, 0.123456, 1]]);
    const back = decodeImage(encodePng(img, { bitDepth: 16 }));
    expect(back).toBeCloseToImage(img, 0.5 / 65535 + 1e-7);
    expect(back.data[1]).toBeCloseTo(1 / 65535, 9);
  });

  test("OpenCV reads our PNG to the same pixels (RGB stored as RGB)", () => {
    const img = { width: 3, height: 2, channels: 3, data: Float32Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1, 0.2, 0.4, 0.6, 1, 1, 1, 0, 0, 0]) };
    const bytes = encodePng(img);
    const ref = pythonOracle("result = cv2.imdecode(b.astype(np.uint8), cv2.IMREAD_UNCHANGED)[:, :, ::-1]", { b: { shape: [bytes.length], data: bytes } }) as OracleArray;
    expect(Array.from(ref.data)).toEqual(Array.from(img.data, (v) => Math.round(v * 255)));
  });

  test("bad arguments name themselves", () => {
    const five = { width: 1, height: 1, channels: 5, data: new Float32Array(5) };
    expect(() => encodePng(five)).toThrow(ArgumentTypeError);
    expect(() => encodePng(five)).toThrow(/^image: PNG stores 1 to 4 channels/);
    expect(() => encodePng({} as never)).toThrow(/^image:/);
    expect(() => encodePng(fromRows([[0]]), { compressionLevel: 10 })).toThrow(ArgumentRangeError);
    expect(() => encodePng(fromRows([[0]]), { compressionLevel: 10 })).toThrow(/options\.compressionLevel/);
    expect(() => encodePng(fromRows([[0]]), { bitDepth: 12 as never })).toThrow(/options\.bitDepth: expected 8 or 16, got 12/);
  });
});
