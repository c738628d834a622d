/** Test-only helpers: run cv.warpAffine / warpPerspective in opencv-wasm on float images. */
import type { Image } from "../core/image";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";

const cvInterp = (i: "nearest" | "bilinear") => (i === "nearest" ? opencv().INTER_NEAREST : opencv().INTER_LINEAR);
const cvBorder = (b: string) => {
  const cv = opencv();
  return ({ constant: cv.BORDER_CONSTANT, replicate: cv.BORDER_REPLICATE, reflect101: cv.BORDER_REFLECT_101, reflect: cv.BORDER_REFLECT } as Record<string, number>)[b]!;
};

export function cvWarp(
  kind: "affine" | "perspective",
  img: Image,
  M: number[],
  width: number,
  height: number,
  interpolation: "nearest" | "bilinear" = "bilinear",
  border = "constant",
  borderValue = 0,
): Image {
  const cv = opencv();
  return withMats((t) => {
    const src = t(toMat(img));
    const m = t(cv.matFromArray(kind === "affine" ? 2 : 3, 3, cv.CV_64F, kind === "affine" ? M.slice(0, 6) : M));
    const dst = t(new cv.Mat());
    const s = new cv.Scalar(borderValue, borderValue, borderValue, borderValue);
    if (kind === "affine") cv.warpAffine(src, dst, m, new cv.Size(width, height), cvInterp(interpolation), cvBorder(border), s);
    else cv.warpPerspective(src, dst, m, new cv.Size(width, height), cvInterp(interpolation), cvBorder(border), s);
    return fromMat(dst);
  });
}

/** Fraction of values differing by more than tol. */
export function mismatchFraction(a: Image, b: Image, tol: number): number {
  let n = 0;
  for (let i = 0; i < a.data.length; i++) if (!(Math.abs(a.data[i]! - b.data[i]!) <= tol)) n++;
  return n / a.data.length;
}
