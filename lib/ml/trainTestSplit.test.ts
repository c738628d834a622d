import { trainTestSplit } from "./trainTestSplit";

describe("trainTestSplit", () => {
  it("partitions 0…n−1 with the requested test size", () => {
    const { train, test } = trainTestSplit(20, { testFraction: 0.25, seed: 1 });
    expect(test).toHaveLength(5);
    expect([...train, ...test].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
  it("is deterministic per seed and differs across seeds", () => {
    expect(trainTestSplit(50, { seed: 3 })).toEqual(trainTestSplit(50, { seed: 3 }));
    expect(trainTestSplit(50, { seed: 3 }).test).not.toEqual(trainTestSplit(50, { seed: 4 }).test);
  });
  it("stratifies by label", () => {
    const labels = Array.from({ length: 40 }, (_, i) => (i < 10 ? 1 : 0));
    const { test } = trainTestSplit(40, { testFraction: 0.5, seed: 2, stratify: labels });
    expect(test.filter((i) => labels[i] === 1)).toHaveLength(5);
    expect(test.filter((i) => labels[i] === 0)).toHaveLength(15);
  });
  it("validates", () => {
    expect(() => trainTestSplit(10, { testFraction: 2 })).toThrow(/testFraction/);
    expect(() => trainTestSplit(10, { stratify: [1] })).toThrow(/stratify/);
  });
});
