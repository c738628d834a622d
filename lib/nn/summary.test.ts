import { ArgumentTypeError } from "../core/errors";
import { tf } from "./backend";
import { createLenet5 } from "./models/lenet5";
import { summary } from "./summary";

describe("summary", () => {
  it("counts LeNet-5's parameters layer by layer ((k·k·Cin + 1)·Cout for convs, (in + 1)·out for dense)", () => {
    const model = createLenet5();
    const s = summary(model);
    expect(s.rows.map((r) => r.params)).toEqual([(5 * 5 * 1 + 1) * 6, 0, (5 * 5 * 6 + 1) * 16, 0, 0, (400 + 1) * 120, (120 + 1) * 84, (84 + 1) * 10]);
    expect(s.rows.map((r) => r.type)).toEqual(["Conv2D", "AveragePooling2D", "Conv2D", "AveragePooling2D", "Flatten", "Dense", "Dense", "Dense"]);
    expect(s.rows[0]!.outputShape).toBe("[null, 28, 28, 6]");
    expect(s.totalParams).toBe(61706);
    expect(s.trainableParams).toBe(61706);
    expect(s.nonTrainableParams).toBe(0);
    expect(s.text).toContain("Total params: 61,706");
    expect(s.text.split("\n")[0]).toBe('Model: "lenet5"');
    model.dispose();
  });

  it("separates non-trainable parameters (batch-norm running statistics)", () => {
    const t = tf();
    const model = t.sequential({ layers: [t.layers.dense({ inputShape: [3], units: 2 }), t.layers.batchNormalization()] });
    const s = summary(model);
    expect(s.trainableParams).toBe(3 * 2 + 2 + 2 + 2); // dense + gamma + beta
    expect(s.nonTrainableParams).toBe(2 + 2); // moving mean + variance
    expect(s.totalParams).toBe(16);
    model.dispose();
  });

  it("rejects something that is not a model", () => {
    expect(() => summary({} as never)).toThrow(ArgumentTypeError);
    expect(() => summary(null as never)).toThrow(/model/);
  });
});
