import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Image } from "../core/image";
import { ArgumentRangeError } from "../core/errors";
import { checkInteger, checkOneOf } from "../core/validate";
import { parseIdx } from "./parseIdx";
import { readDatasetFile } from "./readDatasetFile";
import { datasetsDirectory } from "./datasetsDirectory";
import { ExternalDataMissingError } from "./errors";

/** Dataset splits. */
export const FashionMnistSplit = { train: "train", test: "test" } as const;
/** `"train" | "test"`. */
export type FashionMnistSplit = (typeof FashionMnistSplit)[keyof typeof FashionMnistSplit];

/** Where the images come from: the bundled balanced subset, Debian's full set, or the full set when installed. */
export const FashionMnistSource = { auto: "auto", subset: "subset", full: "full" } as const;
/** `"auto" | "subset" | "full"`. */
export type FashionMnistSource = (typeof FashionMnistSource)[keyof typeof FashionMnistSource];

/** The ten classes, by label 0–9. */
export const fashionMnistClassNames = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"] as const;

/** Where Debian's `dataset-fashion-mnist` installs the full set. */
export const FASHION_MNIST_DEBIAN_DIR = "/usr/share/datasets/fashion-mnist";

/** Options of {@link loadFashionMnist}. */
export interface LoadFashionMnistOptions {
  /** `"train"` or `"test"`. @default "train" */
  split?: FashionMnistSplit;
  /**
   * `"subset"`: the bundled balanced subset (train 10,000 = 1,000 per class; test 2,000 = 200 per
   * class); `"full"`: Debian's 60,000 / 10,000 (throws when not installed); `"auto"`: full when
   * installed, else the subset.
   * @default "auto"
   */
  source?: FashionMnistSource;
  /** Keep only the first `limit` samples (file order; classes are interleaved). @default all */
  limit?: number;
  /** Folder of the full set's four `.gz` files. @default "/usr/share/datasets/fashion-mnist" */
  fullDirectory?: string;
}

/** Fashion-MNIST images as packed bytes. */
export interface FashionMnist {
  /** `count × 28 × 28` grey values 0–255 (0 = background), image after image, row-major. */
  images: Uint8Array;
  /** `count` labels 0–9, indices into `classNames`. */
  labels: Uint8Array;
  /** Number of samples. */
  count: number;
  /** 28. */
  width: number;
  /** 28. */
  height: number;
  /** Class names by label. */
  classNames: readonly string[];
  /** Which set was read (`"subset"` or `"full"`). */
  source: "subset" | "full";
}

const SUBSET_SHA256: Record<string, string> = {
  "train-images-idx3-ubyte.gz": "21e8a3b5d17c4f81bcf415a0d26143725361e755fadb65c4df48001791018fbe",
  "train-labels-idx1-ubyte.gz": "0d1d6b81116faf49eb952559ab5888d0ebe43dcecafe1520db4632dcd957164a",
  "t10k-images-idx3-ubyte.gz": "9295000a7054f97a4f71596fa1372ff74b722aeb8f9fa2853797e746d9fdc337",
  "t10k-labels-idx1-ubyte.gz": "4a4c6a505a10b8b6f1d081aecd1efdf2ff0b1626736eadbd59f95f8bc7bca25a",
};
const PREFIX: Record<FashionMnistSplit, string> = { train: "train", test: "t10k" };

/** Parsed files by absolute path (images and labels of one split). */
const cache = new Map<string, { images: Uint8Array; labels: Uint8Array }>();

/**
 * Load Fashion-MNIST (Zalando, MIT licence): 28×28 grey clothing images in ten classes.
 * Prints nothing. Returns fresh arrays the caller may modify (parsed files are cached in memory).
 * @example const { images, labels, count } = loadFashionMnist({ split: "test", limit: 500 });
 * @see H. Xiao, K. Rasul, R. Vollgraf, "Fashion-MNIST", arXiv:1708.07747 (2017); datasets/README.md for the subset rule.
 */
export function loadFashionMnist(options: LoadFashionMnistOptions = {}): FashionMnist {
  const { split = "train", source = "auto", limit, fullDirectory = FASHION_MNIST_DEBIAN_DIR } = options;
  checkOneOf(split, Object.values(FashionMnistSplit), "options.split");
  checkOneOf(source, Object.values(FashionMnistSource), "options.source");
  if (limit !== undefined) checkInteger(limit, "options.limit", { min: 1 });
  const prefix = PREFIX[split];
  const imagesName = `${prefix}-images-idx3-ubyte.gz`;
  const labelsName = `${prefix}-labels-idx1-ubyte.gz`;
  const fullAvailable = existsSync(join(fullDirectory, imagesName)) && existsSync(join(fullDirectory, labelsName));
  const useFull = source === "full" || (source === "auto" && fullAvailable);

  let parsed: { images: Uint8Array; labels: Uint8Array };
  if (useFull) {
    for (const name of [imagesName, labelsName]) {
      if (!existsSync(join(fullDirectory, name))) {
        throw new ExternalDataMissingError(
          join(fullDirectory, name),
          'the full Fashion-MNIST comes from Debian\'s package: `sudo apt-get install dataset-fashion-mnist`; or use source: "subset" (bundled)',
        );
      }
    }
    const key = `full|${join(fullDirectory, imagesName)}`;
    parsed = cache.get(key) ?? checked(readFileSync(join(fullDirectory, imagesName)), readFileSync(join(fullDirectory, labelsName)), split === "train" ? 60000 : 10000);
    cache.set(key, parsed);
  } else {
    const key = `subset|${join(datasetsDirectory(), "fashion-mnist", imagesName)}`;
    parsed =
      cache.get(key) ??
      checked(
        readDatasetFile(`fashion-mnist/${imagesName}`, { sha256: SUBSET_SHA256[imagesName]! }),
        readDatasetFile(`fashion-mnist/${labelsName}`, { sha256: SUBSET_SHA256[labelsName]! }),
        split === "train" ? 10000 : 2000,
      );
    cache.set(key, parsed);
  }
  const total = parsed.labels.length;
  const count = limit === undefined ? total : Math.min(limit, total);
  return {
    images: parsed.images.slice(0, count * 784),
    labels: parsed.labels.slice(0, count),
    count,
    width: 28,
    height: 28,
    classNames: fashionMnistClassNames,
    source: useFull ? "full" : "subset",
  };
}

function checked(imageBytes: Uint8Array, labelBytes: Uint8Array, expectedCount: number, argument = "options.fullDirectory"): { images: Uint8Array; labels: Uint8Array } {
  const images = parseIdx(imageBytes);
  const labels = parseIdx(labelBytes);
  const [n, rows, cols] = images.dims;
  if (images.type !== "uint8" || images.dims.length !== 3 || rows !== 28 || cols !== 28 || n !== expectedCount) {
    throw new ArgumentRangeError(argument, `Fashion-MNIST images must be ${expectedCount}×28×28 uint8, the file holds ${images.dims.join("×")} ${images.type}`);
  }
  if (labels.type !== "uint8" || labels.dims.length !== 1 || labels.dims[0] !== n) {
    throw new ArgumentRangeError(argument, `Fashion-MNIST labels must be ${n} uint8 values, the file holds ${labels.dims.join("×")} ${labels.type}`);
  }
  for (const l of labels.data) if (l > 9) throw new ArgumentRangeError(argument, `Fashion-MNIST label ${l} is outside 0–9`);
  return { images: images.data as Uint8Array, labels: labels.data as Uint8Array };
}

/**
 * Sample `index` of a loaded set as a float grey {@link Image} (values / 255).
 * @example const first = fashionMnistImage(loadFashionMnist({ limit: 1 }), 0);
 */
export function fashionMnistImage(set: Pick<FashionMnist, "images" | "count" | "width" | "height">, index: number): Image {
  checkInteger(index, "index", { min: 0, max: set.count - 1 });
  const size = set.width * set.height;
  const data = new Float32Array(size);
  const src = set.images;
  const o = index * size;
  for (let i = 0; i < size; i++) data[i] = src[o + i]! / 255;
  return { width: set.width, height: set.height, channels: 1, data };
}
