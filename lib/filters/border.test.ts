import { randomImage } from "../core";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";
import { oracleImage, pythonOracle } from "../testing/pythonOracle";
import { BORDER_MODES, borderIndex, padImage, type BorderMode } from ".";
import { fromRows } from "../core";

const cvBorder = (mode: BorderMode): number => {
  const cv = opencv();
  return { constant: cv.BORDER_CONSTANT, replicate: cv.BORDER_REPLICATE, reflect: cv.BORDER_REFLECT, reflect101: cv.BORDER_REFLECT_101, wrap: cv.BORDER_WRAP }[mode];
};

describe("borderIndex", () => {
  it("maps the documented examples for a row abcdefgh (n = 8)", () => {
    const row = (mode: BorderMode) => [-4, -3, -2, -1, 8, 9, 10, 11].map((i) => borderIndex(i, 8, mode));
    expect(row("replicate")).toEqual([0, 0, 0, 0, 7, 7, 7, 7]);
    expect(row("reflect")).toEqual([3, 2, 1, 0, 7, 6, 5, 4]);
    expect(row("reflect101")).toEqual([4, 3, 2, 1, 6, 5, 4, 3]);
    expect(row("wrap")).toEqual([4, 5, 6, 7, 0, 1, 2, 3]);
    expect(row("constant")).toEqual([-1, -1, -1, -1, -1, -1, -1, -1]);
  });
  it("keeps indices inside the image and handles a 1-pixel image", () => {
    for (const mode of BORDER_MODES) {
      expect(borderIndex(3, 8, mode)).toBe(3);
      if (mode !== "constant") expect(borderIndex(-5, 1, mode)).toBe(0);
    }
  });
  it("repeats reflections for offsets larger than the image like cv::borderInterpolate", () => {
    expect(borderIndex(-7, 3, "reflect101")).toBe(1); // …
    expect(borderIndex(7, 3, "reflect")).toBe(1);
  });
});

describe("padImage", () => {
  it.each(BORDER_MODES)("equals cv.copyMakeBorder with %s (including pads larger than the image)", (mode) => {
    const img = randomImage(5, 4, 3, 11);
    for (const [t, b, l, r] of [[2, 1, 3, 0], [6, 7, 9, 8]] as const) {
      const ours = padImage(img, { top: t, bottom: b, left: l, right: r, border: mode, borderValue: 0.25 });
      const theirs = withMats((track) => {
        const cv = opencv();
        const src = track(toMat(img));
        const dst = track(new cv.Mat());
        cv.copyMakeBorder(src, dst, t, b, l, r, cvBorder(mode), new cv.Scalar(0.25, 0.25, 0.25, 0.25));
        return fromMat(dst);
      });
      expect(ours).toBeCloseToImage(theirs, 0);
    }
  });
  it("pads a 2×2 image by hand with reflect101", () => {
    const out = padImage(fromRows([[1, 2], [3, 4]]), { left: 1, top: 1 });
    expect(Array.from(out.data)).toEqual([4, 3, 4, 2, 1, 2, 4, 3, 4]);
  });
  it("equals cv2.copyMakeBorder (Python) with BORDER_REFLECT", () => {
    const img = randomImage(6, 5, 1, 3);
    const theirs = oracleImage(pythonOracle("result = cv2.copyMakeBorder(img, 2, 3, 4, 1, cv2.BORDER_REFLECT)", { img }));
    expect(padImage(img, { top: 2, bottom: 3, left: 4, right: 1, border: "reflect" })).toBeCloseToImage(theirs, 0);
  });
  it("rejects a negative pad and an unknown mode, naming the option", () => {
    const img = randomImage(2, 2, 1, 1);
    expect(() => padImage(img, { top: -1 })).toThrow(/options\.top/);
    expect(() => padImage(img, { border: "mirror" as BorderMode })).toThrow(/options\.border/);
  });
});
