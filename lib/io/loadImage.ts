import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Image } from "../core/image";
import { ArgumentRangeError, ArgumentTypeError, describeValue } from "../core/errors";
import { checkOneOf } from "../core/validate";
import { decodeImage, ImageReadMode } from "./decodeImage";
import { readDatasetFile } from "./readDatasetFile";
import { datasetsDirectory } from "./datasetsDirectory";
import { isSampleImageName, sampleImageNames, sampleImageRegistry, type SampleImageName } from "./sampleImages";

/** Options of {@link loadImage}. */
export interface LoadImageOptions {
  /**
   * `"unchanged"` keeps the file's channels (grey samples stay 1 channel, RGB 3), `"color"` gives
   * RGB, `"gray"` one channel (0.299 R + 0.587 G + 0.114 B). See {@link ImageReadMode}.
   * @default "unchanged"
   */
  mode?: ImageReadMode;
}

/** Decoded sample images by `<datasets dir>|<name>|<mode>`; callers get copies. */
const sampleCache = new Map<string, Image>();

/**
 * Load a bundled sample image by name (`"raccoon"`, `"camera"`, … see {@link sampleImageNames}) or
 * any PNG/JPEG file by path, as a float {@link Image} with values in [0, 1], RGB channel order.
 *
 * Sample images are read from {@link datasetsDirectory}; the first load of each file checks its
 * SHA-256 against the registry ({@link DatasetIntegrityError} when it differs,
 * {@link DatasetFileMissingError} when it is absent) and keeps the decoded image in memory, so
 * later loads cost one copy. Every call returns a new image that the caller may modify.
 * Paths (anything with a `/`, `\` or `.`) are resolved against the working directory and read
 * each time.
 * @param nameOrPath A {@link SampleImageName} or a file path.
 * @example const img = loadImage("raccoon"); // 1024×768×3
 * @example const grey = loadImage("coffee", { mode: "gray" });
 * @see datasets/LICENSES.md for each image's source and licence.
 */
export function loadImage(nameOrPath: SampleImageName | (string & {}), options: LoadImageOptions = {}): Image {
  const { mode = "unchanged" } = options;
  if (typeof nameOrPath !== "string" || nameOrPath.length === 0) {
    throw new ArgumentTypeError("nameOrPath", `expected a sample image name (${sampleImageNames.join(", ")}) or a file path, got ${describeValue(nameOrPath)}`);
  }
  checkOneOf(mode, Object.values(ImageReadMode), "options.mode");
  if (isSampleImageName(nameOrPath)) {
    const info = sampleImageRegistry[nameOrPath];
    const key = `${datasetsDirectory()}|${nameOrPath}|${mode}`;
    let image = sampleCache.get(key);
    if (image === undefined) {
      image = decodeImage(readDatasetFile(info.file, { sha256: info.sha256 }), { mode });
      sampleCache.set(key, image);
    }
    return { width: image.width, height: image.height, channels: image.channels, data: image.data.slice() };
  }
  if (!/[./\\]/.test(nameOrPath)) {
    throw new ArgumentRangeError(
      "nameOrPath",
      `unknown sample image ${JSON.stringify(nameOrPath)}; valid names: ${sampleImageNames.join(", ")} (or pass a file path such as "./photo.png")`,
    );
  }
  const path = resolve(nameOrPath);
  if (!existsSync(path)) throw new ArgumentRangeError("nameOrPath", `file not found: ${path}`);
  return decodeImage(readFileSync(path), { mode });
}

/** Drop the decoded sample images kept in memory (they are reloaded and re-verified on demand). @example clearImageCache(); */
export function clearImageCache(): void {
  sampleCache.clear();
}
