import type { Image } from "../core/image";
import { checkImage, checkInteger, checkNumber, checkOneOf } from "../core/validate";
import { BORDER_MODES, borderIndex, type BorderMode } from "./border";

/** Options of {@link padImage}. */
export interface PadImageOptions {
  /** Rows added above. @default 0 */
  top?: number;
  /** Rows added below. @default 0 */
  bottom?: number;
  /** Columns added on the left. @default 0 */
  left?: number;
  /** Columns added on the right. @default 0 */
  right?: number;
  /** How the new pixels are filled. @default "reflect101" */
  border?: BorderMode;
  /** Value of every channel of new pixels when `border` is `"constant"`. @default 0 */
  borderValue?: number;
}

/**
 * A larger image: `image` surrounded by `top`/`bottom` rows and `left`/`right` columns filled by
 * `border` (see {@link BorderMode}). Same result as `cv.copyMakeBorder`.
 * @example const padded = padImage(img, { top: 2, bottom: 2, left: 2, right: 2, border: "replicate" });
 * @see OpenCV `cv::copyMakeBorder`; Szeliski, Computer Vision (2nd ed.) §3.2 "Padding".
 */
export function padImage(image: Image, options: PadImageOptions = {}): Image {
  const { top = 0, bottom = 0, left = 0, right = 0, border = "reflect101", borderValue = 0 } = options;
  checkImage(image, {}, "image");
  checkInteger(top, "options.top", { min: 0 });
  checkInteger(bottom, "options.bottom", { min: 0 });
  checkInteger(left, "options.left", { min: 0 });
  checkInteger(right, "options.right", { min: 0 });
  checkOneOf(border, BORDER_MODES, "options.border");
  checkNumber(borderValue, "options.borderValue");
  return padRaw(image, top, bottom, left, right, border, borderValue);
}

/** Internal: {@link padImage} without validation. */
export function padRaw(image: Image, top: number, bottom: number, left: number, right: number, border: BorderMode, borderValue: number): Image {
  const { width, height, channels: c, data } = image;
  const pw = width + left + right;
  const ph = height + top + bottom;
  const out = new Float32Array(pw * ph * c);
  if (border === "constant" && borderValue !== 0) out.fill(borderValue);
  const rowLen = width * c;
  // Column map for the left and right margins (−1 = constant).
  const cols = new Int32Array(left + right);
  for (let j = 0; j < left; j++) cols[j] = borderIndex(j - left, width, border);
  for (let j = 0; j < right; j++) cols[left + j] = borderIndex(width + j, width, border);
  for (let y = 0; y < ph; y++) {
    const sy = borderIndex(y - top, height, border);
    if (sy < 0) continue; // constant row, already filled
    const src = sy * rowLen;
    const dst = (y * pw + left) * c;
    out.set(data.subarray(src, src + rowLen), dst);
    const rowStart = y * pw * c;
    for (let j = 0; j < left + right; j++) {
      const sx = cols[j]!;
      if (sx < 0) continue;
      const x = j < left ? j : width + j; // j ≥ left: column left + width + (j − left)
      const d = rowStart + x * c;
      const s = src + sx * c;
      for (let ch = 0; ch < c; ch++) out[d + ch] = data[s + ch]!;
    }
  }
  return { width: pw, height: ph, channels: c, data: out };
}
