import type { Image } from "../core/image";
import { ArgumentRangeError } from "../core/errors";
import { checkImage } from "../core/validate";
import { checkSeam } from "./_checkSeam";

/**
 * Remove one pixel per row at x = seam[y]: the image becomes one column narrower.
 * @example const narrower = removeVerticalSeam(img, findVerticalSeam(energy(img)));
 * @see S. Avidan & A. Shamir, SIGGRAPH 2007, §3.
 */
export function removeVerticalSeam(image: Image, seam: Int32Array | readonly number[]): Image {
  checkImage(image, {}, "image");
  if (image.width < 2) throw new ArgumentRangeError("image", "cannot remove a seam from an image 1 pixel wide");
  checkSeam(seam, image.width, image.height);
  const { width: w, height: h, channels: cn, data } = image;
  const nw = w - 1;
  const out = new Float32Array(nw * h * cn);
  for (let y = 0; y < h; y++) {
    const s = seam[y]!;
    const src = y * w * cn;
    const dst = y * nw * cn;
    out.set(data.subarray(src, src + s * cn), dst);
    out.set(data.subarray(src + (s + 1) * cn, src + w * cn), dst + s * cn);
  }
  return { width: nw, height: h, channels: cn, data: out };
}
