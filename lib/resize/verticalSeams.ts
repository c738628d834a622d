import type { Image } from "../core/image";
import { ArgumentTypeError } from "../core/errors";
import { checkImage, checkInteger } from "../core/validate";
import { energy } from "./energy";
import { minSeam } from "./_seamDP";

/** Options of {@link verticalSeams}. */
export interface VerticalSeamsOptions {
  /**
   * A 1-channel mask of the image's size; energy is raised by 10⁶ × mask, so seams avoid pixels
   * where the mask is 1 (the content to keep). @default none
   */
  protectMask?: Image;
}

/**
 * The first `count` seams that greedy seam carving would remove (recomputing the energy after
 * each removal), returned in the **original image's** column coordinates, so they can be drawn
 * with {@link seamOverlay} or duplicated to enlarge the image. Seams never share a pixel.
 * O(count · width · height).
 * @example const seams = verticalSeams(img, 20);
 * @see S. Avidan & A. Shamir, SIGGRAPH 2007, §4.1 and §4.3.
 */
export function verticalSeams(image: Image, count: number, options: VerticalSeamsOptions = {}): Int32Array[] {
  const { protectMask } = options;
  checkImage(image, {}, "image");
  checkInteger(count, "count", { min: 0, max: image.width - 1 });
  if (protectMask !== undefined) {
    checkImage(protectMask, { channels: 1 }, "options.protectMask");
    if (protectMask.width !== image.width || protectMask.height !== image.height) {
      throw new ArgumentTypeError("options.protectMask", `expected ${image.width}×${image.height} like the image, got ${protectMask.width}×${protectMask.height}`);
    }
  }
  const h = image.height;
  let w = image.width;
  const cn = image.channels;
  let data = image.data.slice();
  let mask = protectMask ? protectMask.data.slice() : undefined;
  // origX[y*w + x] = original column of the pixel now at (x, y).
  let origX = new Int32Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) origX[y * w + x] = x;
  const e64 = new Float64Array(w * h);
  const M = new Float64Array(w * h);
  const seams: Int32Array[] = [];
  for (let k = 0; k < count; k++) {
    const e = energy({ width: w, height: h, channels: cn, data }).data;
    for (let i = 0; i < w * h; i++) e64[i] = e[i]! + (mask ? 1e6 * mask[i]! : 0);
    const seam = minSeam(e64, w, h, M);
    const orig = new Int32Array(h);
    const nw = w - 1;
    const nd = new Float32Array(nw * h * cn);
    const no = new Int32Array(nw * h);
    const nm = mask ? new Float32Array(nw * h) : undefined;
    for (let y = 0; y < h; y++) {
      const s = seam[y]!;
      orig[y] = origX[y * w + s]!;
      nd.set(data.subarray(y * w * cn, (y * w + s) * cn), y * nw * cn);
      nd.set(data.subarray((y * w + s + 1) * cn, (y + 1) * w * cn), (y * nw + s) * cn);
      no.set(origX.subarray(y * w, y * w + s), y * nw);
      no.set(origX.subarray(y * w + s + 1, (y + 1) * w), y * nw + s);
      if (nm && mask) {
        nm.set(mask.subarray(y * w, y * w + s), y * nw);
        nm.set(mask.subarray(y * w + s + 1, (y + 1) * w), y * nw + s);
      }
    }
    seams.push(orig);
    data = nd;
    origX = no;
    mask = nm;
    w = nw;
  }
  return seams;
}
