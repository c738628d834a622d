import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { checkSeam } from "./_checkSeam";

/**
 * Insert one pixel per row just right of x = seam[y], valued the mean of the seam pixel and its
 * right neighbour (its left neighbour on the last column): the image becomes one column wider.
 * @example const wider = insertVerticalSeam(img, findVerticalSeam(energy(img)));
 * @see S. Avidan & A. Shamir, SIGGRAPH 2007, §4.3 (image enlarging).
 */
export function insertVerticalSeam(image: Image, seam: Int32Array | readonly number[]): Image {
  checkImage(image, {}, "image");
  checkSeam(seam, image.width, image.height);
  const { width: w, height: h, channels: cn, data } = image;
  const nw = w + 1;
  const out = new Float32Array(nw * h * cn);
  for (let y = 0; y < h; y++) {
    const s = seam[y]!;
    const src = y * w * cn;
    const dst = y * nw * cn;
    out.set(data.subarray(src, src + (s + 1) * cn), dst);
    const nb = s + 1 < w ? s + 1 : s - 1 >= 0 ? s - 1 : s;
    for (let c = 0; c < cn; c++) out[dst + (s + 1) * cn + c] = 0.5 * (data[src + s * cn + c]! + data[src + nb * cn + c]!);
    out.set(data.subarray(src + (s + 1) * cn, src + w * cn), dst + (s + 2) * cn);
  }
  return { width: nw, height: h, channels: cn, data: out };
}
