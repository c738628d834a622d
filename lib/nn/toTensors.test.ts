import { ArgumentTypeError } from "../core/errors";
import { tf } from "./backend";
import { toTensors, type LabelledImages } from "./toTensors";

/** Two 2×2 images, the shape `io.loadFashionMnist` returns. */
const fake = (): LabelledImages => ({
  images: Uint8Array.from([0, 255, 51, 102, /* second */ 255, 0, 0, 255]),
  labels: Uint8Array.from([2, 0]),
  count: 2,
  width: 2,
  height: 2,
  classNames: ["a", "b", "c"],
});

describe("toTensors", () => {
  it("normalises bytes to [0, 1] in NHWC and one-hot encodes labels", () => {
    const { xs, ys } = toTensors(fake());
    expect(xs.shape).toEqual([2, 2, 2, 1]);
    expect(xs.dtype).toBe("float32");
    const x = Array.from(xs.dataSync());
    expect(x.slice(0, 4).map((v) => +v.toFixed(6))).toEqual([0, 1, 0.2, 0.4]);
    expect(ys.shape).toEqual([2, 3]);
    expect(Array.from(ys.dataSync())).toEqual([0, 0, 1, 1, 0, 0]);
    tf().dispose([xs, ys]);
  });

  it("keeps 0–255 and int32 class indices when asked", () => {
    const { xs, ys } = toTensors({ ...fake(), channels: 1 }, { normalize: false, oneHot: false });
    expect(Array.from(xs.dataSync()).slice(0, 4)).toEqual([0, 255, 51, 102]);
    expect(ys.dtype).toBe("int32");
    expect(Array.from(ys.dataSync())).toEqual([2, 0]);
    tf().dispose([xs, ys]);
  });

  it("rejects inconsistent datasets, naming the field", () => {
    expect(() => toTensors({ ...fake(), labels: Uint8Array.from([3, 0]) })).toThrow(/dataset\.labels.*label 3/);
    expect(() => toTensors({ ...fake(), images: new Uint8Array(7) })).toThrow(ArgumentTypeError);
    expect(() => toTensors({ ...fake(), count: 0 })).toThrow(/dataset\.count/);
    expect(() => toTensors(null as never)).toThrow(/dataset/);
  });
});
