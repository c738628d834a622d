import type { Image } from "../core/image";
import { checkInteger, checkNumber } from "../core/validate";

function radial(width: number, height: number, radius: number, inside: number): Image {
  checkInteger(width, "width", { min: 1 });
  checkInteger(height, "height", { min: 1 });
  checkNumber(radius, "radius", { min: 0 });
  const data = new Float32Array(width * height);
  const cx = Math.floor(width / 2), cy = Math.floor(height / 2);
  const r2 = radius * radius;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data[y * width + x] = (x - cx) ** 2 + (y - cy) ** 2 <= r2 ? inside : 1 - inside;
  }
  return { width, height, channels: 1, data };
}

/**
 * Ideal low-pass mask in the centred layout (frequency 0 at (⌊W/2⌋, ⌊H/2⌋), as after
 * {@link fftshift}): 1 where the distance to the centre is ≤ `radius` (cycles per image), 0 elsewhere.
 * @example const smooth = fourier.filterFrequency(grey, fourier.lowPassMask(grey.width, grey.height, 30));
 * @see Gonzalez & Woods 4e §4.8 (ideal filters, ringing).
 */
export function lowPassMask(width: number, height: number, radius: number): Image {
  return radial(width, height, radius, 1);
}

/** Ideal high-pass mask, centred: 1 − {@link lowPassMask} (0 within `radius` of the centre). @example fourier.highPassMask(256, 256, 10) */
export function highPassMask(width: number, height: number, radius: number): Image {
  return radial(width, height, radius, 0);
}
