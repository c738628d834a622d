import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { ArgumentRangeError, ArgumentTypeError, describeValue } from "../core/errors";
import { checkOneOf } from "../core/validate";
import { loadImage } from "../io/loadImage";
import type { LabelledImages } from "./toTensors";

/** Colour modes of {@link loadImageFolder}. */
export const ImageFolderMode = { gray: "gray", color: "color" } as const;
/** `"gray" | "color"`. */
export type ImageFolderMode = (typeof ImageFolderMode)[keyof typeof ImageFolderMode];

/** Options of {@link loadImageFolder}. */
export interface LoadImageFolderOptions {
  /** `"gray"`: one channel; `"color"`: RGB. @default "gray" */
  mode?: ImageFolderMode;
  /** File extensions read (lower case, with the dot); other files are ignored. @default [".png"] */
  extensions?: readonly string[];
}

/** {@link LabelledImages} from a folder, with the file each image came from. */
export interface ImageFolder extends LabelledImages {
  channels: number;
  /** Path of each image, in sample order. */
  files: string[];
}

/**
 * Load a classification dataset stored as one sub-folder per class (`root/cat/001.png`,
 * `root/dog/017.png`, …) — the layout of Keras's `image_dataset_from_directory` and PyTorch's
 * `ImageFolder`. Classes are the sub-folder names sorted alphabetically (label 0 = first); files
 * are read in sorted order. Every image must have the same width and height (resize beforehand).
 * @example const data = nn.loadImageFolder("datasets/my-classes"); const { xs, ys } = nn.toTensors(data);
 * @see https://pytorch.org/vision/stable/generated/torchvision.datasets.ImageFolder.html
 */
export function loadImageFolder(root: string, options: LoadImageFolderOptions = {}): ImageFolder {
  const { mode = "gray", extensions = [".png"] } = options;
  if (typeof root !== "string" || root.length === 0) throw new ArgumentTypeError("root", `expected a folder path, got ${describeValue(root)}`);
  checkOneOf(mode, Object.values(ImageFolderMode), "options.mode");
  if (!Array.isArray(extensions) || extensions.some((e) => typeof e !== "string")) {
    throw new ArgumentTypeError("options.extensions", `expected an array of extensions such as [".png"], got ${describeValue(extensions)}`);
  }
  const dir = resolve(root);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ArgumentRangeError("root", `${dir} is not a folder`);
  const classNames = readdirSync(dir)
    .filter((name) => !name.startsWith(".") && statSync(join(dir, name)).isDirectory())
    .sort();
  if (classNames.length === 0) throw new ArgumentRangeError("root", `${dir} has no class sub-folders (expected root/<class>/<image>.png)`);
  const exts = extensions.map((e) => e.toLowerCase());
  const files: string[] = [];
  const labelList: number[] = [];
  classNames.forEach((name, label) => {
    for (const f of readdirSync(join(dir, name)).sort()) {
      if (exts.some((e) => f.toLowerCase().endsWith(e))) {
        files.push(join(dir, name, f));
        labelList.push(label);
      }
    }
  });
  if (files.length === 0) throw new ArgumentRangeError("root", `no ${exts.join("/")} files in the class folders of ${dir}`);
  let width = 0;
  let height = 0;
  const channels = mode === "gray" ? 1 : 3;
  let images = new Uint8Array(0);
  files.forEach((file, i) => {
    const img = loadImage(file, { mode });
    if (i === 0) {
      width = img.width;
      height = img.height;
      images = new Uint8Array(files.length * width * height * channels);
    } else if (img.width !== width || img.height !== height) {
      throw new ArgumentRangeError("root", `${file} is ${img.width}×${img.height} but the first image is ${width}×${height}: every image must have the same size`);
    }
    const src = img.data;
    const offset = i * width * height * channels;
    for (let j = 0; j < src.length; j++) images[offset + j] = Math.round(Math.min(1, Math.max(0, src[j]!)) * 255);
  });
  return { images, labels: Uint8Array.from(labelList), count: files.length, width, height, channels, classNames, files };
}
