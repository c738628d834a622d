import type { Image } from "../core/image";
import { checkImage, checkNumber, checkOddPositiveInt } from "../core/validate";

/** Options of {@link majority}. */
export interface MajorityOptions {
  /** Window size (odd). @default 3 */
  size?: number;
  /** Values above this count as 1 (foreground). @default 0.5 */
  threshold?: number;
}

/**
 * Binary majority filter on a 1-channel image: a pixel becomes 1 when more than half of the
 * `size × size` window (itself included) is foreground, else 0 — with size 3, when 5 or more of
 * the 9 pixels are 1 (MATLAB `bwmorph(bw, "majority")`). Pixels outside the image count as 0.
 * Smooths ragged binary shapes and removes isolated pixels. OpenCV has no equivalent.
 * @example const smooth = majority(mask);
 * @see MATLAB `bwmorph` "majority"; Gonzalez & Woods (4th ed.) §9.5.
 */
export function majority(image: Image, options: MajorityOptions = {}): Image {
  const { size = 3, threshold = 0.5 } = options;
  checkImage(image, { channels: 1 }, "image");
  checkOddPositiveInt(size, "options.size");
  checkNumber(threshold, "options.threshold");
  const { width, height, data } = image;
  const r = size >> 1;
  const need = ((size * size) >> 1) + 1;
  // Column counts of foreground over the window rows, then a running sum along the row.
  const fg = new Uint8Array(width * height);
  for (let i = 0; i < fg.length; i++) fg[i] = data[i]! > threshold ? 1 : 0;
  const col = new Int32Array(width + 2 * r + 1);
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    col.fill(0);
    for (let yy = Math.max(0, y - r); yy <= Math.min(height - 1, y + r); yy++) {
      const row = yy * width;
      for (let x = 0; x < width; x++) col[x + r] += fg[row + x]!;
    }
    let s = 0;
    for (let j = 0; j < size; j++) s += col[j]!;
    for (let x = 0; x < width; x++) {
      out[y * width + x] = s >= need ? 1 : 0;
      s += col[x + size]! - col[x]!;
    }
  }
  return { width, height, channels: 1, data: out };
}
