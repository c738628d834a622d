import { PNG } from "pngjs";
import * as jpeg from "jpeg-js";
import type { Image } from "../core/image";
import { ArgumentRangeError, ArgumentTypeError, assertUnreachable, describeValue } from "../core/errors";
import { checkOneOf } from "../core/validate";

/** How {@link decodeImage} and {@link loadImage} shape the channels they return. */
export const ImageReadMode = {
  /** Three channels, RGB: grey is replicated, alpha is dropped (as OpenCV's `IMREAD_COLOR`, but RGB order). */
  color: "color",
  /** One channel: 0.299 R + 0.587 G + 0.114 B, alpha dropped (as OpenCV's `IMREAD_GRAYSCALE`). */
  gray: "gray",
  /** The file's own channels: 1 grey, 2 grey + alpha, 3 RGB, 4 RGBA (as OpenCV's `IMREAD_UNCHANGED`). */
  unchanged: "unchanged",
} as const;
/** One of `"color" | "gray" | "unchanged"`. */
export type ImageReadMode = (typeof ImageReadMode)[keyof typeof ImageReadMode];
const MODES = Object.values(ImageReadMode);

/** Options of {@link decodeImage}. */
export interface DecodeImageOptions {
  /**
   * Channel layout of the result. Unlike OpenCV (whose default is colour), the default keeps the
   * file's channels, so a grey sample stays one channel.
   * @default "unchanged"
   */
  mode?: ImageReadMode;
}

/** File formats {@link decodeImage} recognises by their first bytes. */
export const ImageFormat = { png: "png", jpeg: "jpeg" } as const;
/** `"png" | "jpeg"`. */
export type ImageFormat = (typeof ImageFormat)[keyof typeof ImageFormat];

/** The format of encoded image bytes from their signature, or `undefined` when unknown. @example sniffFormat(bytes) === "png" */
export function sniffFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return "png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  return undefined;
}

/** Decoded samples before conversion: `samples` interleaved with `stride` values per pixel, of which `channels` are meaningful. */
interface RawPixels {
  width: number;
  height: number;
  samples: ArrayLike<number>;
  stride: number;
  channels: number; // 1..4 as in the file
  maxValue: number; // 255, 65535, or 2^depth − 1
}

/**
 * Decode PNG or JPEG bytes into a float {@link Image} with values in [0, 1].
 *
 * PNG (via pngjs): every colour type and bit depth; 16-bit samples are divided by 65535, 1/2/4-bit
 * grey by 2^depth − 1; a palette becomes RGB (RGBA when it has transparency); grey + alpha is two
 * channels. Like OpenCV, gAMA/iCCP colour-space information is ignored. With a `tRNS` colour key
 * (grey/RGB), pngjs sets the keyed pixels to transparent black.
 * JPEG (via jpeg-js): baseline and progressive, grey (1 channel) or colour (3 channels). jpeg-js
 * upsamples chroma by pixel replication, libjpeg-turbo (OpenCV) by interpolation, so colour JPEGs
 * can differ from `cv2.imread` by a few levels at sharp colour edges; PNG decodes are exact.
 * `mode: "gray"` computes 0.299 R + 0.587 G + 0.114 B and rounds to the file's bit depth, as
 * `cv.cvtColor(…, COLOR_RGB2GRAY)` does on the decoded 8-bit image.
 * @param bytes The encoded file.
 * @example const img = decodeImage(fs.readFileSync("photo.png"), { mode: "gray" });
 * @see PNG specification (W3C, 2nd ed.) §11; ITU-T T.81 (JPEG); ITU-R BT.601 luma weights.
 */
export function decodeImage(bytes: Uint8Array, options: DecodeImageOptions = {}): Image {
  const { mode = "unchanged" } = options;
  if (!(bytes instanceof Uint8Array)) {
    throw new ArgumentTypeError("bytes", `expected a Uint8Array or Buffer with PNG or JPEG data, got ${describeValue(bytes)}`);
  }
  checkOneOf(mode, MODES, "options.mode");
  const format = sniffFormat(bytes);
  if (format === undefined) {
    throw new ArgumentRangeError("bytes", "not a PNG or JPEG file (unknown signature); other formats are not supported");
  }
  let raw: RawPixels;
  try {
    raw = format === "png" ? decodePngRaw(bytes) : decodeJpegRaw(bytes);
  } catch (e) {
    throw new ArgumentRangeError("bytes", `could not decode the ${format.toUpperCase()} data: ${(e as Error).message}`);
  }
  return convert(raw, mode);
}

function decodePngRaw(bytes: Uint8Array): RawPixels {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const png = PNG.sync.read(buffer, { skipRescale: true });
  // pngjs expands every pixel to 4 samples; palettes come out as 8-bit values.
  const palette = png.palette === true || (png as unknown as { colorType: number }).colorType === 3;
  const depth = palette ? 8 : png.depth;
  const channels = (png.color ? 3 : 1) + (png.alpha ? 1 : 0);
  return { width: png.width, height: png.height, samples: png.data as ArrayLike<number>, stride: 4, channels, maxValue: 2 ** depth - 1 };
}

function decodeJpegRaw(bytes: Uint8Array): RawPixels {
  const components = jpegComponentCount(bytes);
  const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: false, maxMemoryUsageInMB: 1024 });
  return { width: img.width, height: img.height, samples: img.data, stride: 3, channels: components === 1 ? 1 : 3, maxValue: 255 };
}

/** Number of colour components from the JPEG start-of-frame marker (1 grey, 3 YCbCr, 4 CMYK). */
function jpegComponentCount(bytes: Uint8Array): number {
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) {
      i++;
      continue;
    }
    const marker = bytes[i + 1]!;
    if (marker === 0xff || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += marker === 0xff ? 1 : 2;
      continue;
    }
    // SOF0..SOF15 except DHT (C4), JPG (C8), DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return bytes[i + 9]!;
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    i += 2 + length;
  }
  return 3;
}

function convert(raw: RawPixels, mode: ImageReadMode): Image {
  const { width, height, samples, stride, channels: fileChannels, maxValue } = raw;
  const n = width * height;
  const scale = 1 / maxValue;
  const isColor = fileChannels >= 3;
  switch (mode) {
    case "unchanged": {
      const c = fileChannels;
      const data = new Float32Array(n * c);
      if (c === 1 || c === 3) {
        for (let p = 0, s = 0, o = 0; p < n; p++, s += stride) for (let k = 0; k < c; k++) data[o++] = samples[s + k]! * scale;
      } else if (c === 2) {
        // pngjs stores grey + alpha as G, G, G, A
        for (let p = 0, s = 0, o = 0; p < n; p++, s += stride) {
          data[o++] = samples[s]! * scale;
          data[o++] = samples[s + 3]! * scale;
        }
      } else {
        for (let i = 0; i < n * 4; i++) data[i] = samples[i]! * scale;
      }
      return { width, height, channels: c, data };
    }
    case "color": {
      const data = new Float32Array(n * 3);
      for (let p = 0, s = 0, o = 0; p < n; p++, s += stride, o += 3) {
        data[o] = samples[s]! * scale;
        data[o + 1] = samples[s + 1]! * scale;
        data[o + 2] = samples[s + 2]! * scale;
      }
      return { width, height, channels: 3, data };
    }
    case "gray": {
      const data = new Float32Array(n);
      if (isColor) {
        for (let p = 0, s = 0; p < n; p++, s += stride) {
          data[p] = Math.round(0.299 * samples[s]! + 0.587 * samples[s + 1]! + 0.114 * samples[s + 2]!) * scale;
        }
      } else {
        for (let p = 0, s = 0; p < n; p++, s += stride) data[p] = samples[s]! * scale;
      }
      return { width, height, channels: 1, data };
    }
    default:
      return assertUnreachable(mode, "options.mode");
  }
}
