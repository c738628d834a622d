import { tf } from "./backend";
import { timeOp } from "./timeOp";

describe("timeOp", () => {
  it("runs warmup + repeats calls, reports the median and the minimum, and leaks no tensors", () => {
    const t = tf();
    const a = t.ones([64, 64]);
    let calls = 0;
    const before = t.memory().numTensors;
    const r = timeOp(() => {
      calls++;
      return t.matMul(a, a).add(1); // the intermediate product is freed by tidy too
    }, { warmup: 2, repeats: 3 });
    expect(calls).toBe(5);
    expect(r.runs).toHaveLength(3);
    expect(r.minMs).toBe(Math.min(...r.runs));
    expect(r.medianMs).toBe([...r.runs].sort((x, y) => x - y)[1]);
    expect(r.runs.every((ms) => ms >= 0)).toBe(true);
    expect(t.memory().numTensors).toBe(before);
    a.dispose();
  });

  it("median of an even number of runs is the mean of the middle two; arrays of tensors and plain values are fine", () => {
    const t = tf();
    const r = timeOp(() => [t.zeros([2]), t.ones([3])], { warmup: 0, repeats: 4 });
    const s = [...r.runs].sort((x, y) => x - y);
    expect(r.medianMs).toBeCloseTo((s[1]! + s[2]!) / 2, 12);
    expect(timeOp(() => 42, { repeats: 1 }).runs).toHaveLength(1);
  });

  it("rejects bad arguments, naming them", () => {
    expect(() => timeOp(undefined as never)).toThrow(/fn/);
    expect(() => timeOp(() => 1, { repeats: 0 })).toThrow(/repeats/);
    expect(() => timeOp(() => 1, { warmup: -1 })).toThrow(/warmup/);
  });
});
