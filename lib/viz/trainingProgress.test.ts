import { trainingProgress } from "./trainingProgress";

describe("trainingProgress", () => {
  it("drives a bar over every batch and a chart point per epoch", () => {
    const lines: string[] = [];
    const err = jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => (lines.push(String(s)), true));
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const cb = trainingProgress({ title: "toy" });
    cb.onTrainBegin!({ epochs: 2, batchesPerEpoch: 3, samples: 96, batchSize: 32, backend: "cpu", engine: "tfjs" });
    for (let epoch = 1; epoch <= 2; epoch++) {
      for (let batch = 1; batch <= 3; batch++) {
        cb.onBatchEnd!({ epoch, batch, batchesPerEpoch: 3, samples: batch * 32, loss: 1 / batch, accuracy: 0.5, samplesPerSecond: 1000 });
      }
      cb.onEpochEnd!({ epoch, loss: 0.5, accuracy: 0.8, valAccuracy: 0.7, seconds: 1, samplesPerSecond: 96, numTensors: 10, completed: true } as never);
    }
    cb.onTrainEnd!({} as never);
    const logged = log.mock.calls.map((c) => c[0]);
    err.mockRestore();
    log.mockRestore();
    expect(lines.at(-1)).toMatch(/^toy \(cpu, tfjs gradients\) \[█{30}\] 6\/6 100%/);
    expect(lines.at(-1)).toContain("epoch 2 · loss 0.333 · acc 0.500");
    expect(logged).toContain("[plot: toy — 3 trace(s)]");
  });
});
