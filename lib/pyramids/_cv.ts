/** Test-only: cv.pyrDown / cv.pyrUp through opencv-wasm on float Mats. */
import type { Image } from "../core/image";
import { fromMat, opencv, toMat, withMats } from "../cvbridge";

export function cvPyr(kind: "down" | "up", img: Image, width?: number, height?: number): Image {
  const cv = opencv();
  return withMats((t) => {
    const src = t(toMat(img));
    const dst = t(new cv.Mat());
    const size = width !== undefined ? new cv.Size(width, height!) : new cv.Size(0, 0);
    if (kind === "down") cv.pyrDown(src, dst, size, cv.BORDER_DEFAULT);
    else cv.pyrUp(src, dst, size, cv.BORDER_DEFAULT);
    return fromMat(dst);
  });
}
