import type { Image } from "../core/image";
import { checkImage, checkInteger } from "../core/validate";
import { resize } from "../resize/resize";

/** How images are prepared for display. */
export interface DisplayOptions {
  /**
   * Map the image's min…max to 0…1 per image (for gradients, spectra, label maps) instead of
   * clipping values outside [0,1]. @default false
   */
  normalize?: boolean;
  /** Integer nearest-neighbour enlargement; `"auto"` enlarges images under 96 px to about 192 px (at most 16×). @default "auto" */
  scale?: number | "auto";
  /**
   * Shrink (area averaging, aspect kept) images wider than this many pixels before encoding, so a
   * grid of photos stays a few hundred kB. @default Infinity (show() keeps full resolution)
   */
  maxWidth?: number;
}

/**
 * A copy of `image` ready to encode as PNG: 1, 3 or 4 channels, values in [0,1], enlarged by an
 * integer factor with nearest-neighbour sampling so pixels stay visible.
 */
export function toDisplayable(image: Image, options: DisplayOptions = {}): Image {
  const { normalize = false, scale = "auto", maxWidth = Infinity } = options;
  checkImage(image, { channels: [1, 3, 4] }, "image");
  if (image.width > maxWidth) {
    checkInteger(maxWidth, "options.maxWidth", { min: 1 });
    const height = Math.max(1, Math.round((image.height * maxWidth) / image.width));
    return toDisplayable(resize(image, maxWidth, height, { interpolation: "area" }), { normalize, scale: 1 });
  }
  const { width, height, channels, data } = image;
  const factor = scale === "auto" ? Math.max(1, Math.min(16, Math.floor(192 / Math.max(width, height)))) : scale;
  checkInteger(factor, "options.scale", { min: 1, max: 64 });
  let lo = 0;
  let range = 1;
  if (normalize) {
    let min = Infinity, max = -Infinity;
    for (let i = 0; i < data.length; i++) {
      const v = data[i]!;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    lo = min;
    range = max > min ? max - min : 1;
  }
  const outW = width * factor, outH = height * factor;
  const out = new Float32Array(outW * outH * channels);
  for (let y = 0; y < outH; y++) {
    const srcRow = Math.floor(y / factor) * width;
    for (let x = 0; x < outW; x++) {
      const s = (srcRow + Math.floor(x / factor)) * channels;
      const d = (y * outW + x) * channels;
      for (let c = 0; c < channels; c++) {
        const v = (data[s + c]! - lo) / range;
        out[d + c] = v < 0 ? 0 : v > 1 ? 1 : v;
      }
    }
  }
  return { width: outW, height: outH, channels, data: out };
}
