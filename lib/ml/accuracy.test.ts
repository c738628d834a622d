import { accuracy } from "./accuracy";

describe("accuracy", () => {
  it("is the fraction of equal labels", () => {
    expect(accuracy(Int8Array.from([1, -1, 1, 1]), [1, 1, 1, -1])).toBe(0.5);
    expect(accuracy([], [])).toBe(0);
  });
  it("rejects length mismatches", () => {
    expect(() => accuracy([1], [1, 2])).toThrow(/actual/);
  });
});
