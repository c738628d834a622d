import { existsSync } from "node:fs";
import { pythonOracle, pythonOracleAvailable, type OracleArray } from "../testing/pythonOracle";
import { loadLfwSubset } from "./loadLfwSubset";

/** scikit-image's original, where the data build left it (optional). */
const NPY = "/tmp/cvr-data-build/root/usr/lib/python3/dist-packages/skimage/data/lfw_subset.npy";

describe("loadLfwSubset", () => {
  const lfw = loadLfwSubset();

  test("200 grey 25×25 images: 100 faces, then 100 non-faces", () => {
    expect(lfw.count).toBe(200);
    expect(lfw.images).toHaveLength(200);
    for (const img of lfw.images) expect([img.width, img.height, img.channels, img.data.length]).toEqual([25, 25, 1, 625]);
    expect(Array.from(lfw.labels.subarray(0, 100)).every((l) => l === 1)).toBe(true);
    expect(Array.from(lfw.labels.subarray(100)).every((l) => l === 0)).toBe(true);
    expect(lfw.isFace.filter(Boolean)).toHaveLength(100);
    expect(lfw.isFace[0]).toBe(true);
    expect(lfw.isFace[199]).toBe(false);
  });

  test("values are in [0, 1] and match scikit-image's values at known pixels", () => {
    expect(lfw.packed.reduce((m, v) => Math.min(m, v), Infinity)).toBeGreaterThanOrEqual(0);
    expect(lfw.packed.reduce((m, v) => Math.max(m, v), -Infinity)).toBeLessThanOrEqual(1);
    expect(lfw.images[0]!.data[0]).toBeCloseTo(0.288888871669772, 6);
    expect(lfw.images[0]!.data[12 * 25 + 12]).toBeCloseTo(0.6366012692451475, 6);
    expect(lfw.images[199]!.data[24 * 25 + 24]).toBeCloseTo(0.047712419182062205, 6);
    expect(lfw.images[100]!.data[5 * 25 + 7]).toBe(0);
  });

  test("images are separate copies of the packed data", () => {
    lfw.images[0]!.data[0] = 5;
    expect(lfw.packed[0]).not.toBe(5);
    expect(lfw.images[1]!.data).toEqual(lfw.packed.subarray(625, 1250));
  });

  const itNpy = pythonOracleAvailable() && existsSync(NPY) ? test : test.skip;
  itNpy("equals scikit-image's lfw_subset.npy to float32 precision", () => {
    const ref = pythonOracle(`result = np.load(${JSON.stringify(NPY)})`, {}) as OracleArray;
    expect(ref.shape).toEqual([200, 25, 25]);
    const fresh = loadLfwSubset();
    let worst = 0;
    for (let i = 0; i < ref.data.length; i++) worst = Math.max(worst, Math.abs(fresh.packed[i]! - ref.data[i]!));
    expect(worst).toBeLessThan(1e-7);
  });
});
