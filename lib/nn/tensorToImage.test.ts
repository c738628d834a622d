import { ArgumentTypeError } from "../core/errors";
import { tf } from "./backend";
import { tensorToImage } from "./tensorToImage";

describe("tensorToImage", () => {
  it("reads [h, w, c] row-major with interleaved channels: [[[1, 2], [3, 4]]] is a 2×1 image with 2 channels", () => {
    const a = tf().tensor3d([[[1, 2], [3, 4]]]);
    expect(tensorToImage(a)).toEqual({ width: 2, height: 1, channels: 2, data: Float32Array.from([1, 2, 3, 4]) });
    a.dispose();
  });

  it("reads [h, w] as one channel and [1, h, w, c] without the batch axis; values are not rescaled", () => {
    const t = tf();
    const a = t.tensor2d([[-2, 3]]);
    expect(tensorToImage(a)).toEqual({ width: 2, height: 1, channels: 1, data: Float32Array.from([-2, 3]) });
    const b = t.zeros([1, 2, 5, 6]);
    const img = tensorToImage(b);
    expect([img.width, img.height, img.channels]).toEqual([5, 2, 6]);
    t.dispose([a, b]);
  });

  it("disposes the tensor only when asked", () => {
    const t = tf();
    const a = t.ones([2, 2]);
    tensorToImage(a);
    expect(a.isDisposed).toBe(false);
    const img = tensorToImage(a, { dispose: true });
    expect(a.isDisposed).toBe(true);
    expect(Array.from(img.data)).toEqual([1, 1, 1, 1]);
  });

  it("rejects what is not a 2-D/3-D/single-batch tensor, naming the argument", () => {
    const t = tf();
    const batch2 = t.zeros([2, 2, 2, 1]);
    const scalar = t.scalar(1);
    expect(() => tensorToImage(batch2)).toThrow(ArgumentTypeError);
    expect(() => tensorToImage(scalar)).toThrow(/^tensor: /);
    expect(() => tensorToImage([1, 2] as unknown as Parameters<typeof tensorToImage>[0])).toThrow(ArgumentTypeError);
    t.dispose([batch2, scalar]);
  });
});
