import { ArgumentRangeError, ArgumentTypeError } from "../../core/errors";
import { tf } from "../backend";
import { createLenet5 } from "./lenet5";

describe("createLenet5", () => {
  it("maps a batch of 28×28 grey images to class probabilities", () => {
    const t = tf();
    const model = createLenet5({ seed: 1 });
    const p = model.predict(t.zeros([2, 28, 28, 1])) as ReturnType<typeof t.zeros>;
    expect(p.shape).toEqual([2, 10]);
    const sums = p.sum(1).dataSync();
    expect(sums[0]).toBeCloseTo(1, 5);
    expect(sums[1]).toBeCloseTo(1, 5);
    t.dispose(p);
    model.dispose();
  });

  it("adapts to other sizes, channels and class counts", () => {
    const t = tf();
    const model = createLenet5({ inputShape: [32, 32, 3], numClasses: 3, activation: "tanh" });
    expect(model.outputs[0]!.shape).toEqual([null, 3]);
    expect(model.inputs[0]!.shape).toEqual([null, 32, 32, 3]);
    // conv1 (5·5·3+1)·6, conv2 (5·5·6+1)·16, dense (16·6·6+1)·120 …
    expect(model.countParams()).toBe(456 + 2416 + (576 + 1) * 120 + 121 * 84 + 85 * 3);
    t.dispose(model.predict(t.zeros([1, 32, 32, 3])) as never);
    model.dispose();
  });

  it("rejects bad options, naming them", () => {
    expect(() => createLenet5({ inputShape: [11, 28, 1] })).toThrow(ArgumentRangeError);
    expect(() => createLenet5({ inputShape: [11, 28, 1] })).toThrow(/options\.inputShape/);
    expect(() => createLenet5({ inputShape: [28, 28] as never })).toThrow(ArgumentTypeError);
    expect(() => createLenet5({ inputShape: [28, 28, 0] })).toThrow(/options\.inputShape\[2\]/);
    expect(() => createLenet5({ numClasses: 1 })).toThrow(/options\.numClasses/);
    expect(() => createLenet5({ activation: "sigmoid" as never })).toThrow(/options\.activation/);
    expect(() => createLenet5({ seed: -3 })).toThrow(/options\.seed/);
  });
});
