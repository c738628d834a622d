import type { Image } from "./image";
import { assertUnreachable } from "./errors";
import { checkImage, checkOneOf } from "./validate";

/**
 * Flip axes: `h` mirrors left↔right (OpenCV flipCode 1), `v` mirrors top↔bottom (flipCode 0),
 * `both` does both, a 180° rotation (flipCode −1).
 */
export const FlipAxis = { horizontal: "h", vertical: "v", both: "both" } as const;
export type FlipAxis = (typeof FlipAxis)[keyof typeof FlipAxis];
const FLIP_AXES = Object.values(FlipAxis);

/**
 * Mirror an image: `h` maps (x, y) → (W−1−x, y), `v` maps (x, y) → (x, H−1−y), `both` does both.
 * Channels of a pixel stay together and in order. Same result as `cv.flip` with flipCode 1 / 0 / −1.
 * @example const mirrored = flip(img, "h");
 * @see Szeliski, Computer Vision (2nd ed.), §3.6.
 */
export function flip(image: Image, axis: FlipAxis): Image {
  checkImage(image);
  checkOneOf(axis, FLIP_AXES, "axis");
  const { width, height, channels: c, data: src } = image;
  const data = new Float32Array(src.length);
  const rowLen = width * c;
  switch (axis) {
    case "v":
      for (let y = 0; y < height; y++) {
        const s = (height - 1 - y) * rowLen;
        data.set(src.subarray(s, s + rowLen), y * rowLen);
      }
      break;
    case "h":
    case "both": {
      const flipRows = axis === "both";
      for (let y = 0; y < height; y++) {
        const srcRow = (flipRows ? height - 1 - y : y) * rowLen;
        const dstRow = y * rowLen;
        for (let x = 0; x < width; x++) {
          const s = srcRow + (width - 1 - x) * c;
          const d = dstRow + x * c;
          for (let k = 0; k < c; k++) data[d + k] = src[s + k]!;
        }
      }
      break;
    }
    default:
      assertUnreachable(axis, "axis");
  }
  return { width, height, channels: c, data };
}
