import { loadLfwSubset } from "./loadLfwSubset";


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
});
