import { ArgumentRangeError } from "../core/errors";
import { backendInfo, initBackend, tf } from "./backend";

describe("nn backend", () => {
  it("returns the same TensorFlow.js namespace on every call and prints the choice once", async () => {
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      const a = tf();
      const b = tf();
      const c = await initBackend();
      expect(b).toBe(a);
      expect(c).toBe(a);
      const lines = log.mock.calls.map((args) => String(args[0])).filter((s) => s.startsWith("TensorFlow.js backend:"));
      expect(lines.length).toBeLessThanOrEqual(1);
    } finally {
      log.mockRestore();
    }
  });

  it("uses the native libtensorflow 2.18.1 where scripts/setup-tfjs.sh built it", () => {
    const info = backendInfo();
    expect(["tensorflow-gpu", "tensorflow", "wasm", "cpu"]).toContain(info.name);
    if (info.name === "tensorflow") {
      expect(info.tfName).toBe("tensorflow");
      expect(info.libtensorflow).toBe("2.18.1");
      expect(info.description).toBe("native CPU, libtensorflow 2.18.1");
    }
    expect(info.tfjsVersion).toBe("4.22.0");
  });

  it("computes with the chosen backend (a 2×2 matrix product checked by hand)", () => {
    const t = tf();
    const p = t.matMul(t.tensor2d([[1, 2], [3, 4]]), t.tensor2d([[5, 6], [7, 8]]));
    expect(Array.from(p.dataSync())).toEqual([19, 22, 43, 50]);
    p.dispose();
  });

  it("switches to the pure-JS cpu backend and back to the native one (a notebook comparing backends)", async () => {
    const before = backendInfo().name;
    if (before !== "tensorflow") return; // only meaningful where the native build loads
    const t = await initBackend({ prefer: "cpu", quiet: true });
    expect(t.getBackend()).toBe("cpu");
    const back = await initBackend({ prefer: "tensorflow", quiet: true });
    expect(back.getBackend()).toBe("tensorflow");
    expect(backendInfo().name).toBe("tensorflow");
  });

  it("rejects an unknown backend name, naming the option", async () => {
    await expect(initBackend({ prefer: "webgpu" as never })).rejects.toThrow(ArgumentRangeError);
    await expect(initBackend({ prefer: "webgpu" as never })).rejects.toThrow(/options\.prefer/);
  });
});
