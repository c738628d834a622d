import type { Image } from "../core/image";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkImage, checkNumber } from "../core/validate";
import { checkSeam } from "./_checkSeam";

/** Options of {@link seamOverlay}. */
export interface SeamOverlayOptions {
  /** RGB colour of the seams, each in [0, 1]. @default [1, 0, 0] (red) */
  color?: readonly [number, number, number];
}

/**
 * An RGB copy of `image` (grey is replicated to RGB, alpha dropped) with vertical seams painted,
 * for showing which pixels seam carving removes. Seams are in the image's own column coordinates
 * (as {@link verticalSeams} returns them: connected in the image they were removed from, so in
 * the original's columns a later seam may step over earlier ones; only the range is checked).
 * @example display.png(encodePng(seamOverlay(img, verticalSeams(img, 30))))
 * @see S. Avidan & A. Shamir, SIGGRAPH 2007, Fig. 1.
 */
export function seamOverlay(image: Image, seams: readonly (Int32Array | readonly number[])[], options: SeamOverlayOptions = {}): Image {
  const { color = [1, 0, 0] } = options;
  checkImage(image, { channels: [1, 3, 4] }, "image");
  if (!Array.isArray(seams)) throw new ArgumentTypeError("seams", `expected an array of seams, got ${describeValue(seams)}`);
  seams.forEach((s, i) => checkSeam(s, image.width, image.height, `seams[${i}]`, false));
  if (!Array.isArray(color) || color.length !== 3) throw new ArgumentTypeError("options.color", `expected [r, g, b], got ${describeValue(color)}`);
  color.forEach((v, i) => checkNumber(v, `options.color[${i}]`));
  const { width: w, height: h, channels: cn, data } = image;
  const out = new Float32Array(w * h * 3);
  for (let i = 0; i < w * h; i++) {
    for (let c = 0; c < 3; c++) out[i * 3 + c] = data[i * cn + (cn === 1 ? 0 : c)]!;
  }
  for (const s of seams) {
    for (let y = 0; y < h; y++) {
      const o = (y * w + s[y]!) * 3;
      out[o] = color[0];
      out[o + 1] = color[1];
      out[o + 2] = color[2];
    }
  }
  return { width: w, height: h, channels: 3, data: out };
}
