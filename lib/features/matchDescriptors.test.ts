import { matchDescriptors } from "./matchDescriptors";

describe("matchDescriptors", () => {
  const a = [[0, 0], [10, 0], [5, 5]];
  const b = [[0.1, 0], [10, 0.2], [5, 4], [5, 6]];
  it("matches nearest neighbours that pass the ratio test (hand-checked)", () => {
    const m = matchDescriptors(a, b, { ratio: 0.8 });
    expect(m.map((x) => [x.queryIndex, x.trainIndex])).toEqual([[0, 0], [1, 1]]); // [5,5] is ambiguous (1 vs 1)
    expect(m[0]!.distance).toBeCloseTo(0.1, 9);
  });
  it("keeps everything with ratio 1 and supports cross-checking", () => {
    expect(matchDescriptors(a, b, { ratio: 1 })).toHaveLength(3);
    expect(matchDescriptors([[0], [0.1]], [[0]], { ratio: 1, crossCheck: true }).map((x) => x.queryIndex)).toEqual([0]);
  });
  it("rejects descriptors of different lengths", () => {
    expect(() => matchDescriptors([[0, 1]], [[0, 1, 2]])).toThrow(/b/);
  });
});
