import fc from "fast-check";
import { splitChannels } from "./splitChannels";
import { mergeChannels } from "./mergeChannels";
import { fromRows } from "./create";
import { randomImage } from "./random";
import { ArgumentTypeError } from "./errors";
import { opencv, toMat, fromMat, withMats } from "../cvbridge";

describe("splitChannels / mergeChannels", () => {
  it("split a 2×1 RGB image into hand-checked planes", () => {
    const rgb = { width: 2, height: 1, channels: 3, data: new Float32Array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]) };
    const [r, g, b] = splitChannels(rgb);
    expect(r).toBeCloseToImage(fromRows([[0.1, 0.4]]), 1e-7);
    expect(g).toBeCloseToImage(fromRows([[0.2, 0.5]]), 1e-7);
    expect(b).toBeCloseToImage(fromRows([[0.3, 0.6]]), 1e-7);
  });
  it("merge interleaves planes in order", () => {
    const out = mergeChannels([fromRows([[1, 2]]), fromRows([[3, 4]])]);
    expect(out.channels).toBe(2);
    expect(Array.from(out.data)).toEqual([1, 3, 2, 4]);
  });
  it("merge ∘ split is the identity", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }), (w, h, c) => {
        const im = randomImage(w, h, c, w * h * c);
        expect(mergeChannels(splitChannels(im))).toBeCloseToImage(im, 0);
      }),
    );
  });
  it("agrees with cv.split", () => {
    const im = randomImage(6, 5, 3, 3);
    const cv = opencv();
    const ref = withMats((t) => {
      const mv = t(new cv.MatVector());
      cv.split(t(toMat(im)), mv);
      const out = [0, 1, 2].map((k) => {
        const m = mv.get(k);
        const r = fromMat(m);
        m.delete();
        return r;
      });
      return out;
    });
    splitChannels(im).forEach((p, k) => expect(p).toBeCloseToImage(ref[k]!, 0));
  });
  it("merge rejects planes of different sizes or with several channels", () => {
    expect(() => mergeChannels([fromRows([[1, 2]]), fromRows([[1]])])).toThrow(/planes\[1\]/);
    expect(() => mergeChannels([randomImage(2, 2, 3, 1)])).toThrow(ArgumentTypeError);
    expect(() => mergeChannels([])).toThrow(/planes/);
  });
});
