import fc from "fast-check";
import { pythonOracle, type OracleArray } from "../testing/pythonOracle";
import { ArgumentRangeError } from "../core/errors";
import { invertAffine } from "./invertAffine";
import { mul3 } from "./_matrix";

describe("invertAffine", () => {
  it("inverts a scale + translation by hand", () => {
    expect(invertAffine([2, 0, 4, 0, 4, 8])).toEqual([0.5, -0, -2, -0, 0.25, -2, 0, 0, 1]);
  });
  it("matches cv2.invertAffineTransform (opencv-wasm lacks it)", () => {
    const M = [0.8, 0.3, 5, -0.2, 1.1, -7];
    const ref = Array.from((pythonOracle("result = cv2.invertAffineTransform(m.astype(np.float64))", { m: { shape: [2, 3], data: M } }) as OracleArray).data);
    invertAffine(M).slice(0, 6).forEach((v, i) => expect(v).toBeCloseTo(ref[i]!, 6)); // the oracle passes float32 inputs
  });
  it("M · M⁻¹ = I for random invertible affine maps (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1.5, max: 1.5, noNaN: true }), { minLength: 6, maxLength: 6 }), fc.boolean(), (r, flip) => {
        // Diagonal-dominant, so invertible; `flip` gives a reflection (negative determinant).
        const a = [(flip ? -1 : 1) * (4 + r[0]!), r[1]!, 50 * r[2]!, r[3]!, 4 + r[4]!, 50 * r[5]!];
        const P = mul3([...a, 0, 0, 1], invertAffine(a));
        [1, 0, 0, 0, 1, 0, 0, 0, 1].forEach((v, i) => expect(P[i]).toBeCloseTo(v, 8));
      }),
    );
  });
  it("throws on a singular or non-affine matrix", () => {
    expect(() => invertAffine([1, 2, 0, 2, 4, 0])).toThrow(ArgumentRangeError);
    expect(() => invertAffine([1, 0, 0, 0, 1, 0, 0.1, 0, 1])).toThrow(/affine/);
    expect(() => invertAffine([1, 2])).toThrow(/M:/);
  });
});
