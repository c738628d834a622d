import fc from "fast-check";
import { fromRows, randomImage } from "../core";
import { imageToTensor } from "./imageToTensor";
import { tensorToImage } from "./tensorToImage";

describe("imageToTensor / tensorToImage", () => {
  it("lays a 3×2 grey image out as [2, 3, 1] with the same row-major values", () => {
    const img = fromRows([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]);
    const t = imageToTensor(img);
    expect(t.shape).toEqual([2, 3, 1]);
    expect(t.dtype).toBe("float32");
    expect((t.arraySync() as number[][][]).map((r) => r.map((v) => +v[0]!.toFixed(6)))).toEqual([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]);
    t.dispose();
  });

  it("adds a batch axis when asked and keeps RGB channels interleaved (pixel (x=1, y=0) green = data[4])", () => {
    const img = randomImage(4, 3, 3, 5);
    const t = imageToTensor(img, { batch: true });
    expect(t.shape).toEqual([1, 3, 4, 3]);
    expect((t.arraySync() as number[][][][])[0]![0]![1]![1]).toBeCloseTo(img.data[4]!, 7);
    t.dispose();
  });

  it("round-trips any image exactly (law), and does not alias the image's data", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 }), fc.constantFrom(1, 2, 3, 4), fc.integer({ min: 0, max: 1e6 }), (w, h, c, seed) => {
        const img = randomImage(w, h, c, seed);
        const t = imageToTensor(img);
        img.data[0] = 42;
        const back = tensorToImage(t);
        t.dispose();
        expect([back.width, back.height, back.channels]).toEqual([w, h, c]);
        expect(back.data[0]).not.toBe(42);
        expect(Array.from(back.data.subarray(1))).toEqual(Array.from(img.data.subarray(1)));
      }),
    );
  });

  it("rejects what is not an image, naming the argument", () => {
    expect(() => imageToTensor({ width: 2, height: 2, channels: 1, data: new Float32Array(3) })).toThrow(/^image/);
  });
});
